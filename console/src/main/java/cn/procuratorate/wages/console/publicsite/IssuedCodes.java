package cn.procuratorate.wages.console.publicsite;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The query codes issued in the last few minutes, by the form's Idempotency-Key, so that the same form sent again
 * shows the code once more. petition-service shows a code only in its first answer (it keeps only a hash); when a
 * worker taps twice, or the phone loses the first answer and the worker sends again, the browser shows the second
 * answer, which has none, and the worker would be left without the code. The service answers a repeated key with
 * "already issued" only when the whole form is the same, so only the worker who sent it gets the code back here.
 * <p>
 * In memory, bounded and short-lived, keys hashed: one console instance (as its sessions); with several, a repeat
 * that reaches another instance says "already issued" without the code, as the service does.
 */
@Component
class IssuedCodes {

    static final Duration KEPT_FOR = Duration.ofMinutes(15);
    static final int MAX_CODES = 10_000;

    private record Issued(String code, Instant until) {
    }

    private final Map<String, Issued> codes = new LinkedHashMap<>();
    private final Clock clock;

    IssuedCodes() {
        this(Clock.systemUTC());
    }

    IssuedCodes(Clock clock) {
        this.clock = clock;
    }

    synchronized void remember(String idempotencyKey, String code) {
        forgetExpired();
        if (codes.size() >= MAX_CODES) {
            Iterator<String> oldest = codes.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        codes.put(hash(idempotencyKey), new Issued(code, clock.instant().plus(KEPT_FOR)));
    }

    synchronized Optional<String> recall(String idempotencyKey) {
        forgetExpired();
        return Optional.ofNullable(codes.get(hash(idempotencyKey))).map(Issued::code);
    }

    /** Entries are in the order they were added, so the expired ones are at the front. */
    private void forgetExpired() {
        Instant now = clock.instant();
        Iterator<Issued> entries = codes.values().iterator();
        while (entries.hasNext() && entries.next().until().isBefore(now)) {
            entries.remove();
        }
    }

    private static String hash(String idempotencyKey) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(idempotencyKey.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
