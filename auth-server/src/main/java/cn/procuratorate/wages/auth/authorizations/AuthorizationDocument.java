package cn.procuratorate.wages.auth.authorizations;

import java.time.Instant;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One OAuth2 authorization as stored (see {@link AuthorizationMapping}): no token value and no consent state, only
 * their digests ({@link TokenDigests}), each indexed for look-up. {@code attributes} and each token's {@code metadata}
 * are JSON ({@link AuthorizationJson}). The database removes the document at {@code expireAt} (TTL index).
 */
@Document(AuthorizationDocument.COLLECTION)
record AuthorizationDocument(@Id String id, String registeredClientId, String principalName, String grantType,
        Set<String> authorizedScopes, String attributes, String state, StoredToken authorizationCode,
        StoredToken accessToken, StoredToken idToken, StoredToken refreshToken, Instant expireAt) {

    static final String COLLECTION = "authorizations";

    /** {@code type} and {@code scopes} only for an access token. */
    record StoredToken(String digest, Instant issuedAt, Instant expiresAt, String metadata, String type,
            Set<String> scopes) {
    }
}
