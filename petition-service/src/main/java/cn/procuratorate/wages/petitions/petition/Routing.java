package cn.procuratorate.wages.petitions.petition;

import java.time.Instant;

/**
 * A petition's routing into a case, kept in the petition's own document (the outbox): what the case should be, the
 * delivery state, and the lease of the sender delivering it. Holds no personal data: the sender reads the
 * petitioner's sealed details from the petition when it builds the request.
 *
 * @param caseType           the case-service type to open, e.g. {@code WAGE_CRIME}
 * @param industryCode       GB/T 4754 code of the employer's industry
 * @param employerKind       {@code COMPANY}, {@code INDIVIDUAL_BUSINESS} or {@code UNLICENSED_CONTRACTOR}
 * @param employerCreditCode checked; required by case-service unless the employer is an unlicensed contractor
 * @param leaseOwner         the sender instance holding the delivery until {@code leaseUntil}
 * @param nextAttemptAt      not before this instant (backoff after a failed attempt)
 */
public record Routing(String caseType, String industryCode, String employerKind, String employerCreditCode,
        RoutingState state, Instant requestedAt, String requestedBy, int attempts, Instant nextAttemptAt,
        String leaseOwner, Instant leaseUntil, String lastError, String caseId, String caseNumber,
        Integer refusalStatus, String refusalDetail) {

    static Routing requested(String caseType, String industryCode, String employerKind, String employerCreditCode,
            Instant now, String by) {
        return new Routing(caseType, industryCode, employerKind, employerCreditCode, RoutingState.PENDING, now, by, 0,
                now, null, null, null, null, null, null, null);
    }
}
