package cn.procuratorate.wages.cases.recovery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A payment of recovered wages to one worker.
 *
 * @param workerId the worker paid
 * @param amount   yuan, 2 decimals, positive
 * @param paidOn   the day it was paid
 * @param channel  who paid
 */
public record Payment(String workerId, BigDecimal amount, LocalDate paidOn, PaymentChannel channel) {

    public Payment {
        if (workerId == null || workerId.isBlank()) {
            throw new IllegalArgumentException("workerId is required");
        }
        amount = Money.requireFen(amount, "amount");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
        Objects.requireNonNull(paidOn, "paidOn");
        Objects.requireNonNull(channel, "channel");
    }
}
