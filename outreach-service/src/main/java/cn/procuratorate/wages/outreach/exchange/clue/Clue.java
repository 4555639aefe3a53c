package cn.procuratorate.wages.outreach.exchange.clue;

import cn.procuratorate.wages.common.privacy.Sealed;
import cn.procuratorate.wages.outreach.exchange.AgencySector;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A wage-arrears clue a partner agency pushed, as stored: what the agency said, and the outbox of its delivery to
 * petition-service ({@code delivery}), then the petition it became ({@code referral}), followed until it is handled.
 * Changed only by atomic updates of {@link ClueQueue}, never rewritten whole.
 *
 * @param clueId      the agency's own id; unique per agency
 * @param fingerprint keyed hash of what the push said, to tell a retry from a clue id reused for another clue
 */
@Document(Clue.COLLECTION)
record Clue(@Id String id, String agency, AgencySector sector, String clueId, String fingerprint, Worker worker,
        Employer employer, String projectName, String regionCode, String industryCode, Arrears arrears,
        String workDescription, Instant receivedAt, ClueState state, Delivery delivery, Referral referral) {

    static final String COLLECTION = "exchange_clues";
    /**
     * What each sealed field is bound to (the AEAD associated data): a ciphertext copied into another field or
     * collection does not open there.
     */
    static final String RESIDENT_ID_CONTEXT = "exchange_clues.worker.residentId";
    static final String PHONE_CONTEXT = "exchange_clues.worker.phone";

    /**
     * ID number and phone are sealed, and erased ({@code null}) once the petition holds them: this service needs them
     * only to deliver the clue.
     */
    record Worker(String name, Sealed residentId, Sealed phone) {
    }

    record Employer(String name, String creditCode, String address) {
    }

    /** Months as {@code yyyy-MM}, both included; money in fen. */
    record Arrears(String fromMonth, String toMonth, long amountOwedFen, Integer workersAffected) {
    }

    /**
     * Delivery to petition-service: attempts so far, not before {@code nextAttemptAt}, held by {@code leaseOwner}
     * until {@code leaseUntil} while a sender attempts it; a refusal's status and reason.
     */
    record Delivery(int attempts, Instant nextAttemptAt, String leaseOwner, Instant leaseUntil, String lastError,
            Integer refusalStatus, String refusalDetail) {
    }

    /** The petition the clue became: its unit, when it is looked at next, and how it was handled once known. */
    record Referral(String petitionId, String unit, Instant nextCheckAt, String caseNumber, String outcome) {
    }

    /** A new clue, pending delivery at once. */
    static Clue received(String agency, AgencySector sector, String clueId, String fingerprint, Worker worker,
            Employer employer, String projectName, String regionCode, String industryCode, Arrears arrears,
            String workDescription, Instant receivedAt) {
        return new Clue(null, agency, sector, clueId, fingerprint, worker, employer, projectName, regionCode,
                industryCode, arrears, workDescription, receivedAt, ClueState.PENDING,
                new Delivery(0, receivedAt, null, null, null, null, null), null);
    }
}
