package cn.procuratorate.wages.petitions.routing;

import cn.procuratorate.wages.petitions.petition.Petition;
import cn.procuratorate.wages.petitions.petition.RoutingState;
import cn.procuratorate.wages.petitions.petition.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The routings waiting in petitions (the outbox is the petition's own {@code routing} field), claimed one at a time
 * with a lease by an atomic find-and-modify, so two senders never hold the same delivery, and a claim whose sender
 * crashed is taken over once its lease has passed. Each write also raises the petition's version, so a clerk's
 * change based on an older read is refused (409) instead of overwriting the delivery's outcome.
 */
@Repository
class RoutingQueue {

    private static final String STATE = "routing.state";
    private static final String NEXT_ATTEMPT_AT = "routing.nextAttemptAt";
    private static final String LEASE_OWNER = "routing.leaseOwner";
    private static final String LEASE_UNTIL = "routing.leaseUntil";
    private static final String ATTEMPTS = "routing.attempts";
    private static final String LAST_ERROR = "routing.lastError";

    private final MongoTemplate mongo;

    RoutingQueue(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * One delivery attempt held by {@code owner}. {@code attempt} is the petition's attempt count after the claim:
     * every claim raises it, so it tells this claim from a later one of the same owner.
     */
    record Claim(String petitionId, String owner, int attempt) {
    }

    /** The pending delivery that has waited longest, if one is due and not leased to a live sender. */
    Optional<Petition> claimNext(String owner, Instant now, Duration lease) {
        return claim(new Query().with(Sort.by(Sort.Direction.ASC, NEXT_ATTEMPT_AT)), owner, now, lease);
    }

    /** This petition's delivery, if it is due and not leased to a live sender. */
    Optional<Petition> claim(String petitionId, String owner, Instant now, Duration lease) {
        if (!ObjectId.isValid(petitionId)) {
            return Optional.empty();
        }
        return claim(Query.query(Criteria.where("_id").is(new ObjectId(petitionId))), owner, now, lease);
    }

    private Optional<Petition> claim(Query query, String owner, Instant now, Duration lease) {
        query.addCriteria(Criteria.where(STATE).is(RoutingState.PENDING.name()))
                .addCriteria(Criteria.where(NEXT_ATTEMPT_AT).lte(now))
                .addCriteria(new Criteria().orOperator(Criteria.where(LEASE_UNTIL).is(null),
                        Criteria.where(LEASE_UNTIL).lt(now)));
        Update leased = new Update().set(LEASE_OWNER, owner).set(LEASE_UNTIL, now.plus(lease)).inc(ATTEMPTS, 1);
        return Optional.ofNullable(mongo.findAndModify(query, leased, FindAndModifyOptions.options().returnNew(true),
                Petition.class));
    }

    /** case-service opened (or found) the case: the petition is linked to it. False if the claim was lost. */
    boolean delivered(Claim claim, String caseId, String caseNumber, TimelineEntry entry) {
        return finish(claim, new Update().set(STATE, RoutingState.DELIVERED.name())
                .set("routing.caseId", caseId).set("routing.caseNumber", caseNumber).set(LAST_ERROR, null)
                .set("linkedCaseId", caseId).push("timeline", entry));
    }

    /** case-service said no: shown to the clerk, never tried again. False if the claim was lost. */
    boolean refused(Claim claim, int status, String detail, TimelineEntry entry) {
        return finish(claim, new Update().set(STATE, RoutingState.REFUSED.name())
                .set("routing.refusalStatus", status).set("routing.refusalDetail", detail).set(LAST_ERROR, null)
                .push("timeline", entry));
    }

    /** No answer: still pending, free for any sender from {@code nextAttemptAt}. False if the claim was lost. */
    boolean retryLater(Claim claim, Instant nextAttemptAt, String reason) {
        return finish(claim, new Update().set(NEXT_ATTEMPT_AT, nextAttemptAt).set(LAST_ERROR, reason));
    }

    /**
     * Records an outcome only under the claim it was attempted with: a sender whose lease passed to another (it was
     * too slow, or thought dead) cannot overwrite the other's result. The lease is released with it.
     */
    private boolean finish(Claim claim, Update outcome) {
        Query held = Query.query(Criteria.where("_id").is(new ObjectId(claim.petitionId()))
                .and(STATE).is(RoutingState.PENDING.name())
                .and(LEASE_OWNER).is(claim.owner())
                .and(ATTEMPTS).is(claim.attempt()));
        outcome.set(LEASE_OWNER, null).set(LEASE_UNTIL, null);
        return mongo.updateFirst(held, outcome, Petition.class).getModifiedCount() == 1;
    }
}
