package cn.procuratorate.wages.cases.assessment;

import cn.procuratorate.wages.common.identifiers.RegionCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What is recorded about a suspected refusal to pay labour remuneration, as of a day.
 *
 * @param regionCode           where the crime was committed: a GB/T 2260 code of 2, 4 or 6 digits (its first two
 *                             digits, the province, pick the figures; a longer code picks a prefecture's own figures)
 * @param workers              the workers owed, each once
 * @param evasion              the ways of evading payment recorded (法释〔2013〕3号 art. 2); empty when none
 * @param ableToPayButDidNot   whether it is recorded that the employer could pay and did not
 * @param orderToPay           the order to pay of a government department, {@code null} when none was issued
 * @param seriousConsequences  the serious consequences recorded (art. 5); empty when none
 * @param repaidInFullOn       the day the wages were paid in full with the compensation due (art. 6), {@code null}
 *                             when they were not
 * @param milestones           the case's filing, prosecution and first-instance verdict days
 * @param asOf                 the day the facts are assessed on
 */
public record AssessmentFacts(String regionCode, List<OwedWorker> workers, Set<EvasionKind> evasion,
        boolean ableToPayButDidNot, OrderToPay orderToPay, Set<SeriousConsequence> seriousConsequences,
        LocalDate repaidInFullOn, Milestones milestones, LocalDate asOf) {

    private static final Pattern REGION = Pattern.compile("\\d{2}(\\d{2}(\\d{2})?)?");

    /**
     * A worker owed wages.
     *
     * @param workerId    an opaque id (the one of the recovery ledger), named in the reasons
     * @param monthsOwed  whole months of pay owed (a part of a month does not count towards the minimum)
     * @param amountOwed  yuan, 2 decimals, positive
     */
    public record OwedWorker(String workerId, int monthsOwed, BigDecimal amountOwed) {
        public OwedWorker {
            if (workerId == null || workerId.isBlank()) {
                throw new IllegalArgumentException("workerId is required");
            }
            if (monthsOwed < 0) {
                throw new IllegalArgumentException("monthsOwed must not be negative");
            }
            amountOwed = Yuan.requireAmount(amountOwed, "amountOwed");
            if (amountOwed.signum() == 0) {
                throw new IllegalArgumentException("amountOwed must be positive");
            }
        }

        public static OwedWorker of(String workerId, int monthsOwed, String amountOwed) {
            return new OwedWorker(workerId, monthsOwed, new BigDecimal(amountOwed));
        }
    }

    /**
     * An order to pay (限期整改指令书, 行政处理决定书) of 人社 or another government department.
     *
     * @param issuedOn       the day it was issued (or posted)
     * @param deadline       the last day to pay; the deadline has passed from the day after
     * @param delivery       how it reached the employer
     * @param paidByDeadline whether the wages were paid by the deadline
     */
    public record OrderToPay(LocalDate issuedOn, LocalDate deadline, OrderDelivery delivery, boolean paidByDeadline) {
        public OrderToPay {
            Objects.requireNonNull(issuedOn, "issuedOn");
            Objects.requireNonNull(deadline, "deadline");
            Objects.requireNonNull(delivery, "delivery");
            if (deadline.isBefore(issuedOn)) {
                throw new IllegalArgumentException("The deadline of an order to pay precedes its issue");
            }
        }
    }

    /** The days the case was filed (立案), prosecuted (提起公诉) and decided at first instance (一审宣判); null if not yet. */
    public record Milestones(LocalDate filedOn, LocalDate prosecutedOn, LocalDate firstInstanceVerdictOn) {
        public Milestones {
            if (prosecutedOn != null && (filedOn == null || prosecutedOn.isBefore(filedOn))) {
                throw new IllegalArgumentException("A prosecution needs a filing on or before it");
            }
            if (firstInstanceVerdictOn != null
                    && (prosecutedOn == null || firstInstanceVerdictOn.isBefore(prosecutedOn))) {
                throw new IllegalArgumentException("A first-instance verdict needs a prosecution on or before it");
            }
        }

        public static Milestones none() {
            return new Milestones(null, null, null);
        }

        Optional<LocalDate> latest() {
            return Optional.ofNullable(firstInstanceVerdictOn != null ? firstInstanceVerdictOn
                    : prosecutedOn != null ? prosecutedOn : filedOn);
        }
    }

    public AssessmentFacts {
        if (regionCode == null || !REGION.matcher(regionCode).matches()
                || !RegionCode.isValidProvinceCode(regionCode.substring(0, 2))) {
            throw new IllegalArgumentException("regionCode must be a GB/T 2260 code of 2, 4 or 6 digits");
        }
        workers = List.copyOf(Objects.requireNonNull(workers, "workers"));
        Set<String> ids = new HashSet<>();
        for (OwedWorker worker : workers) {
            if (!ids.add(worker.workerId())) {
                throw new IllegalArgumentException("Worker " + worker.workerId() + " is listed twice");
            }
        }
        evasion = immutableEnumSet(evasion, EvasionKind.class);
        seriousConsequences = immutableEnumSet(seriousConsequences, SeriousConsequence.class);
        milestones = milestones == null ? Milestones.none() : milestones;
        Objects.requireNonNull(asOf, "asOf");
        if (orderToPay != null && orderToPay.issuedOn().isAfter(asOf)) {
            throw new IllegalArgumentException("The order to pay is issued after asOf");
        }
        if (repaidInFullOn != null && repaidInFullOn.isAfter(asOf)) {
            throw new IllegalArgumentException("The repayment lies after asOf");
        }
        if (milestones.latest().filter(day -> day.isAfter(asOf)).isPresent()) {
            throw new IllegalArgumentException("A milestone of the case lies after asOf");
        }
    }

    private static <E extends Enum<E>> Set<E> immutableEnumSet(Set<E> values, Class<E> type) {
        return values == null || values.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(values));
    }

    public Optional<OrderToPay> order() {
        return Optional.ofNullable(orderToPay);
    }

    public Optional<LocalDate> repayment() {
        return Optional.ofNullable(repaidInFullOn);
    }

    public static Builder builder(String regionCode, LocalDate asOf) {
        return new Builder(regionCode, asOf);
    }

    /** Builds facts step by step; absent facts stay absent (no evasion, no order, not repaid, no milestones). */
    public static final class Builder {
        private final String regionCode;
        private final LocalDate asOf;
        private final List<OwedWorker> workers = new ArrayList<>();
        private final Set<EvasionKind> evasion = EnumSet.noneOf(EvasionKind.class);
        private boolean ableToPayButDidNot;
        private OrderToPay orderToPay;
        private final Set<SeriousConsequence> seriousConsequences = EnumSet.noneOf(SeriousConsequence.class);
        private LocalDate repaidInFullOn;
        private Milestones milestones = Milestones.none();

        private Builder(String regionCode, LocalDate asOf) {
            this.regionCode = regionCode;
            this.asOf = asOf;
        }

        public Builder worker(String workerId, int monthsOwed, String amountOwed) {
            workers.add(OwedWorker.of(workerId, monthsOwed, amountOwed));
            return this;
        }

        public Builder workers(List<OwedWorker> owed) {
            workers.addAll(owed);
            return this;
        }

        public Builder evasion(EvasionKind... kinds) {
            evasion.addAll(List.of(kinds));
            return this;
        }

        public Builder ableToPayButDidNot(boolean value) {
            ableToPayButDidNot = value;
            return this;
        }

        public Builder orderToPay(OrderToPay order) {
            orderToPay = order;
            return this;
        }

        public Builder seriousConsequences(SeriousConsequence... consequences) {
            seriousConsequences.addAll(List.of(consequences));
            return this;
        }

        public Builder repaidInFullOn(LocalDate day) {
            repaidInFullOn = day;
            return this;
        }

        public Builder milestones(LocalDate filedOn, LocalDate prosecutedOn, LocalDate firstInstanceVerdictOn) {
            milestones = new Milestones(filedOn, prosecutedOn, firstInstanceVerdictOn);
            return this;
        }

        public AssessmentFacts build() {
            return new AssessmentFacts(regionCode, workers, evasion, ableToPayButDidNot, orderToPay,
                    seriousConsequences, repaidInFullOn, milestones, asOf);
        }
    }
}
