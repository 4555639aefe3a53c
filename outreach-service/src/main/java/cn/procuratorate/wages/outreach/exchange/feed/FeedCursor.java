package cn.procuratorate.wages.outreach.exchange.feed;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Where an agency stands in its feed: after the event with this number. Given out opaque (Base64url), so agencies
 * store and send it back rather than compute with it, and its form may change with a new prefix.
 */
record FeedCursor(long after) {

    static final FeedCursor START = new FeedCursor(0);
    private static final String PREFIX = "feed1:";

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + after).getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor this text encodes; empty when this service never gave it out. */
    static Optional<FeedCursor> decode(String text) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII);
            if (!plain.startsWith(PREFIX)) {
                return Optional.empty();
            }
            long after = Long.parseLong(plain.substring(PREFIX.length()));
            return after < 0 ? Optional.empty() : Optional.of(new FeedCursor(after));
        } catch (IllegalArgumentException notACursor) {
            // Not Base64url, or not a number after the prefix (NumberFormatException is one).
            return Optional.empty();
        }
    }
}
