package cn.procuratorate.wages.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Access tokens for tests, shaped like auth-server's (claims {@code roles}, {@code unit}, {@code sector}) and signed
 * by a test key whose public half {@link AuthServerStub} serves as the JWK set. Also the bad ones a test needs:
 * expired, signed by another key, from another issuer.
 */
public final class TestTokens {

    public static final String ISSUER = "http://auth.test";
    public static final String UNIT = "110105";
    public static final String OTHER_UNIT = "320102";

    private static final RSAKey KEY = generate("test-signing-key");
    private static final RSAKey FORGER = generate("test-signing-key");

    private TestTokens() {
    }

    /** The public JWK set a resource server verifies test tokens with. */
    public static String jwkSet() {
        return new JWKSet(KEY.toPublicJWK()).toString();
    }

    /** A staff member of {@link #UNIT} with one role, valid for 10 minutes. */
    public static String staff(String role) {
        return token().subject(role.toLowerCase() + "1").roles(role).unit(UNIT).sign();
    }

    /** The platform's own services (client {@code platform-services}): role SERVICE, no unit. */
    public static String service() {
        return token().subject("platform-services").roles("SERVICE").sign();
    }

    /** Operations tooling (e.g. the Prometheus scraper): metrics and the other actuator endpoints. */
    public static String operator() {
        return token().subject("operations").roles("OPERATOR").sign();
    }

    public static Token token() {
        return new Token();
    }

    /** A token under construction; {@link #sign()} makes the compact JWT. */
    public static final class Token {

        private String subject = "tester";
        private List<String> roles = List.of();
        private String unit;
        private String sector;
        private String issuer = ISSUER;
        private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(10));
        private RSAKey signingKey = KEY;

        public Token subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Token roles(String... roles) {
            this.roles = List.of(roles);
            return this;
        }

        public Token unit(String unit) {
            this.unit = unit;
            return this;
        }

        public Token sector(String sector) {
            this.sector = sector;
            return this;
        }

        public Token issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        public Token expired() {
            this.expiresAt = Instant.now().minus(Duration.ofMinutes(5));
            return this;
        }

        /** Signed by a key with the same key id that the JWK set does not hold: a forgery. */
        public Token forged() {
            this.signingKey = FORGER;
            return this;
        }

        private Instant issuedAt(Instant now) {
            Instant aMinuteAgo = now.minusSeconds(60);
            return expiresAt.isAfter(aMinuteAgo) ? aMinuteAgo : expiresAt.minus(Duration.ofMinutes(30));
        }

        public String sign() {
            Instant now = Instant.now();
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .issuer(issuer)
                    .subject(subject)
                    // Issued before it expires, also for an expired token, so that only the expiry makes it invalid.
                    .issueTime(Date.from(issuedAt(now)))
                    .notBeforeTime(Date.from(issuedAt(now)))
                    .expirationTime(Date.from(expiresAt))
                    .claim("roles", roles);
            if (unit != null) {
                claims.claim("unit", unit);
            }
            if (sector != null) {
                claims.claim("sector", sector);
            }
            try {
                SignedJWT jwt = new SignedJWT(
                        new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(), claims.build());
                jwt.sign(new RSASSASigner(signingKey));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException("Cannot sign a test token", e);
            }
        }
    }

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate a test key", e);
        }
    }
}
