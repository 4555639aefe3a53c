package cn.procuratorate.wages.auth.authorizations;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Component;

/**
 * Spring Authorization Server's authorizations (codes, tokens, pending consents and pushed requests) in MongoDB
 * instead of one instance's memory: a code issued by one instance is redeemed at another, tokens survive a restart,
 * and revocation and introspection see every instance's tokens. One document per authorization
 * ({@link AuthorizationDocument}), looked up by the digest of the presented value, never by the value itself.
 */
@Component
class MongoAuthorizationService implements OAuth2AuthorizationService {

    private static final Logger log = LoggerFactory.getLogger(MongoAuthorizationService.class);

    /** The look-up field of each token type Spring Authorization Server asks for (no device grant: no user codes). */
    private static final Map<String, String> LOOKUP_FIELDS = Map.of(
            OAuth2ParameterNames.STATE, "state",
            OAuth2ParameterNames.CODE, "authorizationCode.digest",
            OAuth2TokenType.ACCESS_TOKEN.getValue(), "accessToken.digest",
            OidcParameterNames.ID_TOKEN, "idToken.digest",
            OAuth2TokenType.REFRESH_TOKEN.getValue(), "refreshToken.digest");

    private final MongoTemplate mongo;
    private final RegisteredClientRepository clients;
    private final Clock clock;
    private final AuthorizationMapping mapping = new AuthorizationMapping();

    MongoAuthorizationService(MongoTemplate mongo, RegisteredClientRepository clients, Clock clock) {
        this.mongo = mongo;
        this.clients = clients;
        this.clock = clock;
    }

    /** After start-up, so a database that is down delays the indexes instead of keeping the issuer down. */
    @EventListener(ApplicationReadyEvent.class)
    void prepareCollectionWhenReady() {
        try {
            createIndexes();
            removeExpired();
        } catch (RuntimeException e) {
            log.warn("Could not prepare the authorizations collection yet: {}", e.getClass().getSimpleName());
        }
    }

    void createIndexes() {
        IndexOperations indexes = mongo.indexOps(AuthorizationDocument.class);
        LOOKUP_FIELDS.values().forEach(field -> indexes.createIndex(new Index().on(field, Sort.Direction.ASC)));
        indexes.createIndex(new Index().on("expireAt", Sort.Direction.ASC).expire(Duration.ZERO).named("expireAt_ttl"));
    }

    /** What MongoDB's TTL monitor does, for the dev database, which accepts the TTL index but never applies it. */
    void removeExpired() {
        mongo.remove(Query.query(Criteria.where("expireAt").lt(clock.instant())), AuthorizationDocument.class);
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        mongo.save(mapping.toDocument(authorization, clock.instant()));
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        mongo.remove(Query.query(Criteria.where("_id").is(authorization.getId())), AuthorizationDocument.class);
    }

    /** Every token comes back with a stand-in value (see {@link TokenDigests}): none was presented. */
    @Override
    public OAuth2Authorization findById(String id) {
        return find(Query.query(Criteria.where("_id").is(id)), null);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        String digest = TokenDigests.ofPresented(token);
        if (tokenType == null) {
            return find(Query.query(new Criteria().orOperator(LOOKUP_FIELDS.values().stream()
                    .map(field -> Criteria.where(field).is(digest)).toList())), token);
        }
        String field = LOOKUP_FIELDS.get(tokenType.getValue());
        return field == null ? null : find(Query.query(Criteria.where(field).is(digest)), token);
    }

    private OAuth2Authorization find(Query query, String presentedValue) {
        AuthorizationDocument document = mongo.findOne(query, AuthorizationDocument.class);
        if (document == null) {
            return null;
        }
        RegisteredClient client = clients.findById(document.registeredClientId());
        // A client removed from the configuration takes its authorizations with it.
        return client == null ? null : mapping.toAuthorization(document, client, presentedValue);
    }
}
