package cn.procuratorate.wages.common.privacy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query string as it may be logged: the values of the parameters that carry personal data are masked, and any
 * other value loses long digit runs (an ID or phone number sent under another name). Plain Java.
 */
final class QueryStringRedaction {

    /** 11 digits and more, with the X an ID number may end with: phone and ID numbers, not page sizes or years. */
    private static final Pattern LONG_DIGIT_RUN = Pattern.compile("\\d{11,}[Xx]?");
    private static final int KEPT_TAIL = 4;

    private QueryStringRedaction() {
    }

    static String redact(String query, Set<String> personalParameters) {
        if (query == null || query.isEmpty()) {
            return query;
        }
        StringBuilder redacted = new StringBuilder(query.length());
        for (String pair : query.split("&", -1)) {
            if (!redacted.isEmpty()) {
                redacted.append('&');
            }
            int equals = pair.indexOf('=');
            if (equals < 0) {
                redacted.append(maskDigitRuns(pair));
                continue;
            }
            String name = pair.substring(0, equals);
            String value = pair.substring(equals + 1);
            String decodedName = decode(name);
            boolean personal = decodedName == null || personalParameters.contains(decodedName);
            redacted.append(name).append('=').append(personal ? maskValue(decode(value)) : maskDigitRuns(value));
        }
        return redacted.toString();
    }

    /** A personal value in the form responses mask it in, or stars when it is neither an ID nor a phone number. */
    private static String maskValue(String value) {
        if (value == null) {
            return "***";
        }
        String id = ResidentIdNumber.normalise(value);
        if (id.length() == ResidentIdNumber.LENGTH) {
            return ResidentIdNumber.mask(id);
        }
        return PhoneNumber.mask(value);
    }

    private static String maskDigitRuns(String text) {
        Matcher run = LONG_DIGIT_RUN.matcher(text);
        StringBuilder masked = new StringBuilder();
        while (run.find()) {
            String digits = run.group();
            run.appendReplacement(masked,
                    "*".repeat(digits.length() - KEPT_TAIL) + digits.substring(digits.length() - KEPT_TAIL));
        }
        return run.appendTail(masked).toString();
    }

    /** {@code null} when it is no valid encoding: then the value is masked entirely. */
    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
