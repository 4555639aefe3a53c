package cn.procuratorate.wages.auth.keys;

import cn.procuratorate.wages.auth.tokens.TokenProperties;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The issuer's keys, read from the database on every use so that all instances sign with, and publish, the same
 * keys: the JWK set endpoint gets every published key, the token encoder the newest (first) one.
 */
@Component
public class SigningKeys implements JWKSource<SecurityContext> {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    /** ID tokens live 30 minutes in Spring Authorization Server, whatever the access-token lifetime. */
    private static final Duration ID_TOKEN_LIFETIME = Duration.ofMinutes(30);
    /** Resource servers accept a token a little after its expiry (their clock skew allowance). */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final SigningKeyStore store;
    private final KeyEncryptionKeys keyEncryption;
    private final StoredKeySealing sealing;
    private final Clock clock;
    private final Duration keepPublishedAfterRotation;
    /** Parsed keys by kid: key material never changes once stored, only the status does. */
    private final Map<String, JWK> parsed = new ConcurrentHashMap<>();

    SigningKeys(SigningKeyStore store, KeyEncryptionKeys keyEncryption, StoredKeySealing sealing, Clock clock,
            TokenProperties tokens) {
        this.store = store;
        this.keyEncryption = keyEncryption;
        this.sealing = sealing;
        this.clock = clock;
        Duration longestToken = tokens.accessTokenTimeToLive().compareTo(ID_TOKEN_LIFETIME) > 0
                ? tokens.accessTokenTimeToLive() : ID_TOKEN_LIFETIME;
        this.keepPublishedAfterRotation = longestToken.plus(CLOCK_SKEW);
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        return selector.select(new JWKSet(published()));
    }

    /**
     * Published keys, newest first; creates the first key if there is none (first start, or all retired), and seals
     * keys of an earlier version if start-up could not (database down then).
     */
    List<JWK> published() {
        List<SigningKey> keys = publishedKeys();
        if (keys.isEmpty()) {
            addKey();
            keys = publishedKeys();
        } else if (!keys.stream().allMatch(SigningKey::sealed)) {
            sealing.sealPlainKeys();
            keys = publishedKeys();
        }
        return keys.stream().map(key -> parsed.computeIfAbsent(key.kid(), kid -> key.toJwk(keyEncryption))).toList();
    }

    /** The kid new tokens are signed with. */
    public String currentKeyId() {
        return published().get(0).getKeyID();
    }

    /**
     * Adds a new key, which signs from now on; the older ones stay published until every token they signed has
     * expired. Skipped (empty) when the newest key is younger than {@code minInterval}.
     */
    public Optional<String> rotate(Duration minInterval) {
        Instant now = clock.instant();
        Optional<SigningKey> newest = store.newest();
        if (newest.isPresent() && newest.get().createdAt().plus(minInterval).isAfter(now)) {
            log.info("Signing key {} is younger than {}: not rotated", newest.get().kid(), minInterval);
            return Optional.empty();
        }
        Optional<SigningKey> added = addKey();
        added.ifPresent(key -> {
            Instant retireAt = now.plus(keepPublishedAfterRotation);
            store.scheduleRetirement(key.generation(), retireAt);
            log.info("Rotated signing keys: new tokens are signed with {}; older keys stay published until {}",
                    key.kid(), retireAt);
        });
        return added.map(SigningKey::kid);
    }

    /**
     * Marks keys past their retirement, seals keys of an earlier version and re-seals those of an older
     * key-encryption key, and makes sure there is a key to sign with.
     */
    void housekeeping() {
        store.createIndexes();
        store.markRetired(clock.instant());
        sealing.sealPlainKeys();
        sealing.resealUnderPrimary();
        log.info("Signing with key {}", currentKeyId());
    }

    private List<SigningKey> publishedKeys() {
        Instant now = clock.instant();
        return store.active().stream().filter(key -> key.publishedAt(now)).toList();
    }

    /** Empty when another instance added a key at the same moment; theirs is then the newest. */
    private Optional<SigningKey> addKey() {
        store.createIndexes();
        long generation = store.newest().map(SigningKey::generation).orElse(0L) + 1;
        SigningKey key = SigningKey.generate(generation, clock.instant(), keyEncryption);
        if (!store.insert(key)) {
            return Optional.empty();
        }
        log.info("Generated signing key {} (generation {})", key.kid(), generation);
        return Optional.of(key);
    }
}
