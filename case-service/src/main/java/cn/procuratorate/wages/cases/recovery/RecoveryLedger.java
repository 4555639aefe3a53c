package cn.procuratorate.wages.cases.recovery;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The wages owed to each worker of a case and the payments that recovered them (同部署、同开展: prosecution and
 * recovery are tracked together). Immutable: {@link #record} and {@link #withClaim} return a new ledger, so a case
 * document holding one changes only by replacing it. Its state is two lists of plain records, to map as they are.
 *
 * <p>Invariants: worker ids are unique; every payment belongs to a worker of the ledger; no worker has recovered more
 * than owed. Amounts are yuan with 2 decimals.
 */
public record RecoveryLedger(List<WorkerClaim> claims, List<Payment> payments) {

    /** Rates have 4 decimals (0.3333 = 33.33 %), rounded half up. */
    public static final int RATE_SCALE = 4;
    private static final BigDecimal ZERO_RATE = BigDecimal.ZERO.setScale(RATE_SCALE);

    /**
     * A ledger as stored.
     *
     * @throws IllegalArgumentException if the lists break an invariant (a stored ledger never does)
     */
    public RecoveryLedger {
        claims = List.copyOf(Objects.requireNonNull(claims, "claims"));
        payments = List.copyOf(Objects.requireNonNull(payments, "payments"));
        Map<String, BigDecimal> owed = new HashMap<>();
        for (WorkerClaim claim : claims) {
            if (owed.put(claim.workerId(), claim.owed()) != null) {
                throw new IllegalArgumentException("Worker " + claim.workerId() + " has two claims");
            }
        }
        Map<String, BigDecimal> recovered = new HashMap<>();
        for (Payment payment : payments) {
            if (!owed.containsKey(payment.workerId())) {
                throw new IllegalArgumentException("Payment to unknown worker " + payment.workerId());
            }
            recovered.merge(payment.workerId(), payment.amount(), BigDecimal::add);
        }
        recovered.forEach((worker, sum) -> {
            if (sum.compareTo(owed.get(worker)) > 0) {
                throw new IllegalArgumentException("Worker " + worker + " recovered more than owed");
            }
        });
    }

    /** A ledger of these claims and no payments yet. */
    public static RecoveryLedger of(List<WorkerClaim> claims) {
        return new RecoveryLedger(claims, List.of());
    }

    public static RecoveryLedger empty() {
        return new RecoveryLedger(List.of(), List.of());
    }

    // ------------------------------------------------------------------------------------------------- changes

    /**
     * This ledger with a payment of {@code amount} to {@code workerId}, made on {@code paidOn} through {@code channel}.
     *
     * @param today the current day (China), which a payment may not lie after
     * @throws PaymentRefused with the rule it breaks ({@link PaymentRefused#EXCEEDS_OWED} etc.)
     */
    public RecoveryLedger record(String workerId, BigDecimal amount, LocalDate paidOn, PaymentChannel channel,
            LocalDate today) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(paidOn, "paidOn");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(today, "today");
        Optional<WorkerClaim> claim = claimOf(workerId);
        if (claim.isEmpty()) {
            throw new PaymentRefused(PaymentRefused.UNKNOWN_WORKER, "本案没有劳动者" + workerId,
                    Map.of("workerId", String.valueOf(workerId)));
        }
        if (amount.signum() <= 0) {
            throw new PaymentRefused(PaymentRefused.AMOUNT_NOT_POSITIVE, "支付金额须大于零",
                    Map.of("amount", amount.toPlainString()));
        }
        if (!Money.isFen(amount)) {
            throw new PaymentRefused(PaymentRefused.AMOUNT_TOO_PRECISE,
                    "支付金额以元为单位，最多两位小数", Map.of("amount", amount.toPlainString()));
        }
        if (paidOn.isAfter(today)) {
            throw new PaymentRefused(PaymentRefused.DATE_IN_FUTURE, "支付日期" + paidOn + "晚于今天（" + today + "）", Map.of("paidOn", paidOn.toString(), "today", today.toString()));
        }
        BigDecimal fen = Money.requireFen(amount, "amount");
        BigDecimal remaining = outstanding(workerId);
        if (fen.compareTo(remaining) > 0) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("workerId", workerId);
            params.put("amount", fen.toPlainString());
            params.put("remaining", remaining.toPlainString());
            throw new PaymentRefused(PaymentRefused.EXCEEDS_OWED, "支付金额" + fen.toPlainString() + "元超过劳动者"
                    + workerId + "尚未追回的" + remaining.toPlainString() + "元", params);
        }
        List<Payment> more = new ArrayList<>(payments);
        more.add(new Payment(workerId, fen, paidOn, channel));
        return new RecoveryLedger(claims, more);
    }

    /**
     * This ledger with {@code workerId} owed {@code owed}: a new worker, or a corrected amount for a known one.
     *
     * @throws ClaimRefused if the worker has already recovered more than {@code owed}
     * @throws IllegalArgumentException if {@code owed} is negative or has a digit below the fen
     */
    public RecoveryLedger withClaim(String workerId, BigDecimal owed) {
        WorkerClaim claim = new WorkerClaim(workerId, owed);
        List<WorkerClaim> changed = new ArrayList<>(claims);
        int index = indexOf(workerId);
        if (index < 0) {
            changed.add(claim);
        } else {
            BigDecimal recovered = recovered(workerId);
            if (claim.owed().compareTo(recovered) < 0) {
                throw new ClaimRefused(ClaimRefused.OWED_BELOW_RECOVERED, "劳动者" + workerId + "已追回"
                        + recovered.toPlainString() + "元，欠薪数额不能低于已追回的数额",
                        Map.of("workerId", workerId, "recovered", recovered.toPlainString()));
            }
            changed.set(index, claim);
        }
        return new RecoveryLedger(changed, payments);
    }

    // ------------------------------------------------------------------------------------------------- per worker

    public Optional<WorkerClaim> claimOf(String workerId) {
        return claims.stream().filter(claim -> claim.workerId().equals(workerId)).findFirst();
    }

    /** @throws IllegalArgumentException for an unknown worker */
    public BigDecimal owed(String workerId) {
        return claimOf(workerId).map(WorkerClaim::owed)
                .orElseThrow(() -> new IllegalArgumentException("No worker " + workerId + " in this case"));
    }

    public BigDecimal recovered(String workerId) {
        owed(workerId);
        return sum(paymentsOf(workerId));
    }

    public BigDecimal outstanding(String workerId) {
        return owed(workerId).subtract(recovered(workerId));
    }

    public BigDecimal recoveryRate(String workerId) {
        return rate(recovered(workerId), owed(workerId));
    }

    public List<Payment> paymentsOf(String workerId) {
        return payments.stream().filter(payment -> payment.workerId().equals(workerId)).toList();
    }

    /** Each worker's position, in the order of the claims. */
    public List<WorkerBalance> balances() {
        Map<String, BigDecimal> recovered = new HashMap<>();
        payments.forEach(payment -> recovered.merge(payment.workerId(), payment.amount(), BigDecimal::add));
        return claims.stream().map(claim -> {
            BigDecimal paid = recovered.getOrDefault(claim.workerId(), Money.ZERO);
            return new WorkerBalance(claim.workerId(), claim.owed(), paid, claim.owed().subtract(paid),
                    rate(paid, claim.owed()));
        }).toList();
    }

    // --------------------------------------------------------------------------------------------------- per case

    public BigDecimal totalOwed() {
        return claims.stream().map(WorkerClaim::owed).reduce(Money.ZERO, BigDecimal::add);
    }

    public BigDecimal totalRecovered() {
        return sum(payments);
    }

    public BigDecimal totalOutstanding() {
        return totalOwed().subtract(totalRecovered());
    }

    /** Recovered / owed for the whole case, 4 decimals, 0.0000 when nothing is owed. */
    public BigDecimal recoveryRate() {
        return rate(totalRecovered(), totalOwed());
    }

    /** What each channel paid, every channel present (0.00 when it paid nothing). */
    public Map<PaymentChannel, BigDecimal> recoveredByChannel() {
        Map<PaymentChannel, BigDecimal> byChannel = new EnumMap<>(PaymentChannel.class);
        for (PaymentChannel channel : PaymentChannel.values()) {
            byChannel.put(channel, Money.ZERO);
        }
        payments.forEach(payment -> byChannel.merge(payment.channel(), payment.amount(), BigDecimal::add));
        return Collections.unmodifiableMap(byChannel);
    }

    /** Whether every worker has recovered all that was owed. */
    public boolean isFullyRecovered() {
        return totalOutstanding().signum() == 0;
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private int indexOf(String workerId) {
        for (int i = 0; i < claims.size(); i++) {
            if (claims.get(i).workerId().equals(workerId)) {
                return i;
            }
        }
        return -1;
    }

    private static BigDecimal sum(List<Payment> payments) {
        return payments.stream().map(Payment::amount).reduce(Money.ZERO, BigDecimal::add);
    }

    private static BigDecimal rate(BigDecimal recovered, BigDecimal owed) {
        return owed.signum() == 0 ? ZERO_RATE : recovered.divide(owed, RATE_SCALE, RoundingMode.HALF_UP);
    }
}
