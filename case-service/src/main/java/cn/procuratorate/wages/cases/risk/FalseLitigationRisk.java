package cn.procuratorate.wages.cases.risk;

import cn.procuratorate.wages.cases.risk.Subject.Claimant;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores a civil wage case for signs of false litigation (虚假诉讼) in migrant workers' names: claims fabricated to
 * grab an employer's assets or jump the queue of its creditors (SPP notice of December 2021, item 2; 保障农民工工资支付条例
 * art. 52). Plain Java with no state besides its thresholds: safe to share.
 *
 * <ul>
 *   <li>{@link RiskFlagKind#SAME_CLAIMANT_MANY_EMPLOYERS}: a claimant of the case has claimed against at least
 *       {@code manyEmployersMin} distinct employers (the case's own included) within one window of
 *       {@code manyEmployersWindow} that contains the case's filing day; claims of the case itself in the history are
 *       ignored.</li>
 *   <li>{@link RiskFlagKind#IDENTICAL_AMOUNTS}: the case has at least {@code identicalAmountsMinClaimants} claimants
 *       and at least {@code identicalAmountsMinShare} of them claim one same amount.</li>
 *   <li>{@link RiskFlagKind#NOT_ON_ROSTER}: a roster is given and some claimants are not on it. Without a roster
 *       nothing is concluded.</li>
 * </ul>
 */
public final class FalseLitigationRisk {

    private final RiskThresholds thresholds;

    public FalseLitigationRisk(RiskThresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    public static FalseLitigationRisk defaults() {
        return new FalseLitigationRisk(RiskThresholds.defaults());
    }

    public RiskThresholds thresholds() {
        return thresholds;
    }

    public RiskAssessment score(Subject subject, List<Claim> history, Optional<Roster> roster) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(roster, "roster");
        List<RiskFlag> flags = new ArrayList<>();
        manyEmployers(subject, history).ifPresent(flags::add);
        identicalAmounts(subject).ifPresent(flags::add);
        roster.flatMap(names -> notOnRoster(subject, names)).ifPresent(flags::add);
        int score = Math.min(thresholds.maxScore(), flags.stream().mapToInt(RiskFlag::weight).sum());
        return new RiskAssessment(subject.caseId(), score, thresholds.levelOf(score), flags);
    }

    // ------------------------------------------------------------------------------ same claimant, many employers

    /** One claim of a claimant: the subject's own or one of the history. */
    private record Event(LocalDate date, String employer, String caseId) {
    }

    /** The best window of one claimant: its distinct employers and the other cases in it. */
    private record Window(int employers, Set<String> otherCases) {
    }

    private Optional<RiskFlag> manyEmployers(Subject subject, List<Claim> history) {
        Map<String, List<Event>> byClaimant = new HashMap<>();
        for (Claim claim : history) {
            if (!claim.caseId().equals(subject.caseId())) {
                byClaimant.computeIfAbsent(claim.residentIdHash(), hash -> new ArrayList<>())
                        .add(new Event(claim.date(), claim.employerCreditCode(), claim.caseId()));
            }
        }
        List<String> flagged = new ArrayList<>();
        Set<String> evidence = new TreeSet<>();
        int most = 0;
        for (Claimant claimant : subject.claimants()) {
            List<Event> events = new ArrayList<>(byClaimant.getOrDefault(claimant.residentIdHash(), List.of()));
            events.add(new Event(subject.filedOn(), subject.employerCreditCode(), subject.caseId()));
            Window best = bestWindow(subject, events);
            if (best.employers() >= thresholds.manyEmployersMin()) {
                flagged.add(claimant.residentIdHash());
                evidence.addAll(best.otherCases());
                most = Math.max(most, best.employers());
            }
        }
        if (flagged.isEmpty()) {
            return Optional.empty();
        }
        String window = describe(thresholds.manyEmployersWindow().toTotalMonths());
        return Optional.of(flag(RiskFlagKind.SAME_CLAIMANT_MANY_EMPLOYERS,
                flagged.size() + "名申请人在" + window + "内向" + thresholds.manyEmployersMin()
                        + "个以上不同用人单位主张劳动报酬（最多" + most + "个，含本案），涉及案件：" + String.join("、", evidence),
                List.copyOf(evidence), flagged,
                params("claimants", String.valueOf(flagged.size()), "mostEmployers", String.valueOf(most),
                        "minEmployers", String.valueOf(thresholds.manyEmployersMin()),
                        "window", thresholds.manyEmployersWindow().toString())));
    }

    /**
     * The window of {@code manyEmployersWindow} containing the subject's day with the most distinct employers: every
     * such window can be moved to start at one of the claims without losing any, so only those starts are tried.
     */
    private Window bestWindow(Subject subject, List<Event> events) {
        LocalDate centre = subject.filedOn();
        Window best = new Window(0, Set.of());
        for (Event start : events) {
            LocalDate from = start.date();
            LocalDate to = from.plus(thresholds.manyEmployersWindow());
            if (from.isAfter(centre) || to.isBefore(centre)) {
                continue;
            }
            Set<String> employers = new HashSet<>();
            Set<String> cases = new TreeSet<>();
            for (Event event : events) {
                if (!event.date().isBefore(from) && !event.date().isAfter(to)) {
                    employers.add(event.employer());
                    if (!event.caseId().equals(subject.caseId())) {
                        cases.add(event.caseId());
                    }
                }
            }
            if (employers.size() > best.employers()) {
                best = new Window(employers.size(), cases);
            }
        }
        return best;
    }

    private static String describe(long months) {
        return months % 12 == 0 ? months / 12 + "年" : months + "个月";
    }

    // ------------------------------------------------------------------------------------------- identical amounts

    private Optional<RiskFlag> identicalAmounts(Subject subject) {
        int claimants = subject.claimants().size();
        if (claimants < thresholds.identicalAmountsMinClaimants()) {
            return Optional.empty();
        }
        Map<BigDecimal, List<String>> byAmount = new LinkedHashMap<>();
        for (Claimant claimant : subject.claimants()) {
            byAmount.computeIfAbsent(claimant.amount(), amount -> new ArrayList<>()).add(claimant.residentIdHash());
        }
        Map.Entry<BigDecimal, List<String>> commonest = byAmount.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<BigDecimal, List<String>> entry) -> entry.getValue().size())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow();
        int sharing = commonest.getValue().size();
        // sharing / claimants >= share, compared exactly: sharing >= share × claimants.
        if (BigDecimal.valueOf(sharing).compareTo(
                thresholds.identicalAmountsMinShare().multiply(BigDecimal.valueOf(claimants))) < 0) {
            return Optional.empty();
        }
        String percent = BigDecimal.valueOf(sharing * 100L).divide(BigDecimal.valueOf(claimants), 1,
                RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return Optional.of(flag(RiskFlagKind.IDENTICAL_AMOUNTS,
                claimants + "名申请人中有" + sharing + "名（" + percent + "%）主张的数额均为"
                        + commonest.getKey().toPlainString() + "元",
                List.of(subject.caseId()), commonest.getValue(),
                params("claimants", String.valueOf(claimants), "sharing", String.valueOf(sharing),
                        "amount", commonest.getKey().toPlainString(), "percent", percent)));
    }

    // ------------------------------------------------------------------------------------------------ not on roster

    private Optional<RiskFlag> notOnRoster(Subject subject, Roster roster) {
        List<String> missing = subject.claimants().stream().map(Claimant::residentIdHash)
                .filter(hash -> !roster.contains(hash)).toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(flag(RiskFlagKind.NOT_ON_ROSTER,
                subject.claimants().size() + "名申请人中有" + missing.size()
                        + "名不在项目实名制登记名册中（保障农民工工资支付条例第二十八条要求实名制登记）",
                List.of(subject.caseId()), missing,
                params("claimants", String.valueOf(subject.claimants().size()),
                        "missing", String.valueOf(missing.size()))));
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    private RiskFlag flag(RiskFlagKind kind, String explanation, List<String> evidence, List<String> claimants,
            Map<String, String> params) {
        return new RiskFlag(kind, kind.code(), thresholds.weightOf(kind), explanation, evidence, claimants, params);
    }

    private static Map<String, String> params(String... keysAndValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            params.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return params;
    }
}
