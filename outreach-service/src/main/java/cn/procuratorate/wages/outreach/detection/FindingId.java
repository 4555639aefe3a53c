package cn.procuratorate.wages.outreach.detection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finding ids, the same whenever the same kind, key, period and unit are detected, so that a finding can be referred
 * to and drafted from later without being stored: {@code repeat-employer-20251126-20261126-3fa1c2b9d0e4}. Kind and
 * period stay readable (and let a finding be detected again from its id alone); key and unit, which may hold any
 * character (a gang boss's name), enter through the hash.
 */
final class FindingId {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern SHAPE = Pattern.compile("([a-z]+(?:-[a-z]+)*)-(\\d{8})-(\\d{8})-([0-9a-f]{12})");
    private static final int HASH_CHARACTERS = 12;
    /** The scope of a service that reads every unit; no unit code looks like it. */
    private static final String EVERY_UNIT = "*";

    private FindingId() {
    }

    /** What an id tells without a look-up: the kind of finding and the period it was found in. */
    record Reference(FindingKind kind, DetectionPeriod period) {
    }

    static String of(FindingKind kind, String key, DetectionScope scope) {
        DetectionPeriod period = scope.period();
        String hashed = String.join("\n", kind.name(), key, period.from().toString(), period.to().toString(),
                scope.unit() == null ? EVERY_UNIT : scope.unit());
        return kind.slug() + "-" + DAY.format(period.from()) + "-" + DAY.format(period.to()) + "-" + hash(hashed);
    }

    /** The kind and period of a well-formed id; empty for anything that cannot be one. */
    static Optional<Reference> parse(String id) {
        Matcher matcher = SHAPE.matcher(id);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate from = LocalDate.parse(matcher.group(2), DAY);
            LocalDate to = LocalDate.parse(matcher.group(3), DAY);
            return from.isAfter(to) ? Optional.empty()
                    : FindingKind.ofSlug(matcher.group(1)).map(kind -> new Reference(kind, new DetectionPeriod(from, to)));
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }

    /** The first 12 hexadecimal characters of the text's SHA-256. */
    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_CHARACTERS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
