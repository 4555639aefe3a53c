package cn.procuratorate.wages.outreach.exchange.clue;

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
 * The clues waiting for delivery (the outbox is the clue's own {@code delivery} field), claimed one at a time with a
 * lease by an atomic find-and-modify, so two senders never hold the same delivery and a claim whose sender crashed
 * is taken over once its lease has passed; then the delivered clues whose petitions are due for a look.
 */
@Repository
class ClueQueue {

    private static final String STATE = "state";
    private static final String NEXT_ATTEMPT_AT = "delivery.nextAttemptAt";
    private static final String LEASE_OWNER = "delivery.leaseOwner";
    private static final String LEASE_UNTIL = "delivery.leaseUntil";
    private static final String ATTEMPTS = "delivery.attempts";
    private static final String LAST_ERROR = "delivery.lastError";
    private static final String NEXT_CHECK_AT = "referral.nextCheckAt";

    private final MongoTemplate mongo;

    ClueQueue(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * One delivery attempt held by {@code owner}. {@code attempt} is the clue's attempt count after the claim: every
     * claim raises it, so it tells this claim from a later one of the same owner.
     */
    record Claim(String clueId, String owner, int attempt) {
    }

    /** The pending delivery that has waited longest, if one is due and not leased to a live sender. */
    Optional<Clue> claimNext(String owner, Instant now, Duration lease) {
        return claim(new Query().with(Sort.by(Sort.Direction.ASC, NEXT_ATTEMPT_AT)), owner, now, lease);
    }

    /** This clue's delivery, if it is due and not leased to a live sender. */
    Optional<Clue> claim(String id, String owner, Instant now, Duration lease) {
        if (!ObjectId.isValid(id)) {
            return Optional.empty();
        }
        return claim(Query.query(Criteria.where("_id").is(new ObjectId(id))), owner, now, lease);
    }

    private Optional<Clue> claim(Query query, String owner, Instant now, Duration lease) {
        query.addCriteria(Criteria.where(STATE).is(ClueState.PENDING))
                .addCriteria(Criteria.where(NEXT_ATTEMPT_AT).lte(now))
                .addCriteria(new Criteria().orOperator(Criteria.where(LEASE_UNTIL).is(null),
                        Criteria.where(LEASE_UNTIL).lt(now)));
        Update leased = new Update().set(LEASE_OWNER, owner).set(LEASE_UNTIL, now.plus(lease)).inc(ATTEMPTS, 1);
        return Optional.ofNullable(mongo.findAndModify(query, leased, FindAndModifyOptions.options().returnNew(true),
                Clue.class));
    }

    /**
     * petition-service registered (or found) the clue's petition, which now holds the worker's ID number and phone:
     * they are erased here. False if the claim was lost.
     */
    boolean delivered(Claim claim, String petitionId, String unit, Instant firstCheckAt) {
        return finish(claim, new Update().set(STATE, ClueState.PETITION_REGISTERED).set(LAST_ERROR, null)
                .set("referral.petitionId", petitionId).set("referral.unit", unit)
                .set(NEXT_CHECK_AT, firstCheckAt)
                .unset("worker.residentId").unset("worker.phone"));
    }

    /** petition-service said no: shown to the agency, never tried again. False if the claim was lost. */
    boolean refused(Claim claim, int status, String detail) {
        return finish(claim, new Update().set(STATE, ClueState.REFUSED).set(LAST_ERROR, null)
                .set("delivery.refusalStatus", status).set("delivery.refusalDetail", detail));
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
        Query held = Query.query(Criteria.where("_id").is(new ObjectId(claim.clueId()))
                .and(STATE).is(ClueState.PENDING)
                .and(LEASE_OWNER).is(claim.owner())
                .and(ATTEMPTS).is(claim.attempt()));
        outcome.set(LEASE_OWNER, null).set(LEASE_UNTIL, null);
        return mongo.updateFirst(held, outcome, Clue.class).getModifiedCount() == 1;
    }

    /**
     * The registered clue whose petition has waited longest for a look, if one is due; its next look is moved to
     * {@code nextCheckAt} at once, so another instance does not look at it meanwhile.
     */
    Optional<Clue> claimFollowUp(Instant now, Instant nextCheckAt) {
        Query due = Query.query(Criteria.where(STATE).is(ClueState.PETITION_REGISTERED).and(NEXT_CHECK_AT).lte(now))
                .with(Sort.by(Sort.Direction.ASC, NEXT_CHECK_AT));
        return Optional.ofNullable(mongo.findAndModify(due, new Update().set(NEXT_CHECK_AT, nextCheckAt),
                FindAndModifyOptions.options().returnNew(true), Clue.class));
    }

    /** The petition was routed into this case: nothing is left to follow. */
    void caseOpened(String id, String caseNumber) {
        ended(id, new Update().set(STATE, ClueState.CASE_OPENED).set("referral.caseNumber", caseNumber));
    }

    /** The petition was handled without a case ({@code outcome}): nothing is left to follow. */
    void handledWithoutCase(String id, String outcome) {
        ended(id, new Update().set(STATE, ClueState.HANDLED_WITHOUT_CASE).set("referral.outcome", outcome));
    }

    private void ended(String id, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(new ObjectId(id))
                .and(STATE).is(ClueState.PETITION_REGISTERED)), update.unset(NEXT_CHECK_AT), Clue.class);
    }
}
