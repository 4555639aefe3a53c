package cn.procuratorate.wages.cases.recovery;

import java.math.BigDecimal;

/**
 * What a worker is owed in a case.
 *
 * @param workerId an opaque id of the worker within the case (no personal data)
 * @param owed     yuan, 2 decimals, zero or more
 */
public record WorkerClaim(String workerId, BigDecimal owed) {

    public WorkerClaim {
        if (workerId == null || workerId.isBlank()) {
            throw new IllegalArgumentException("workerId is required");
        }
        owed = Money.requireFen(owed, "owed");
        if (owed.signum() < 0) {
            throw new IllegalArgumentException("owed must not be negative");
        }
    }

    public static WorkerClaim of(String workerId, String owed) {
        return new WorkerClaim(workerId, new BigDecimal(owed));
    }
}
