package cn.procuratorate.wages.common.web;

import cn.procuratorate.wages.common.problem.ApiException;
import cn.procuratorate.wages.common.problem.ProblemKind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimistic locking over HTTP: a record's version travels as its ETag ({@code "3"}), and a change names the version
 * it was based on in {@code If-Match}. A change without it gets 428, one based on an older version 409.
 */
public final class Versions {

    public static final String IF_MATCH = "If-Match";
    private static final Pattern ENTITY_TAG = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");

    private Versions() {
    }

    /** The ETag of a record at {@code version}. */
    public static String etag(Long version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} header names; 428 when absent, 400 when it is not one of our ETags. */
    public static long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(ProblemKind.PRECONDITION_REQUIRED, "problem.detail.if-match-required");
        }
        Matcher matcher = ENTITY_TAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new ApiException(ProblemKind.VALIDATION, "problem.detail.bad-if-match");
        }
        return Long.parseLong(matcher.group(1));
    }
}
