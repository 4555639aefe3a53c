package cn.procuratorate.wages.cases.assessment;

import cn.procuratorate.wages.cases.assessment.AssessmentFacts.Milestones;
import cn.procuratorate.wages.cases.assessment.AssessmentFacts.OrderToPay;
import cn.procuratorate.wages.cases.assessment.AssessmentFacts.OwedWorker;
import cn.procuratorate.wages.common.identifiers.RegionCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whether recorded facts meet the conditions of the crime of refusing to pay labour remuneration (拒不支付劳动报酬罪,
 * Criminal Law 276-1; SPC interpretation 法释〔2013〕3号), which band of sentence applies and what leniency the
 * timing of payment allows. Plain Java, no state besides its rules: safe to share.
 *
 * <p>The three required conditions: the amount is relatively large (art. 3), the employer evaded payment or could pay
 * and did not (art. 2), and it did not pay by the deadline of a government order to pay (art. 4). A region without
 * figures of its own is judged against both ends of the national range: an amount at or above the highest figure
 * meets it everywhere, one below the lowest nowhere, and one in between depends on the province's figure
 * ({@link Finding#UNDETERMINED}, code {@code amount.*-depends-on-province-figure}).
 */
public final class ThresholdAssessment {

    private static final String INTERPRETATION = "法释〔2013〕3号";

    private final AssessmentRules rules;

    public ThresholdAssessment(AssessmentRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public static ThresholdAssessment defaults() {
        return new ThresholdAssessment(AssessmentRules.defaults());
    }

    public AssessmentRules rules() {
        return rules;
    }

    public AssessmentVerdict assess(AssessmentFacts facts) {
        Objects.requireNonNull(facts, "facts");
        List<Reason> reasons = new ArrayList<>();
        AppliedFigures figures = rules.thresholds().applicableTo(facts.regionCode());
        Map<Condition, Finding> findings = new EnumMap<>(Condition.class);
        findings.put(Condition.AMOUNT, amount(facts, figures, reasons));
        findings.put(Condition.EVASION, evasion(facts, reasons));
        findings.put(Condition.ORDER_TO_PAY, orderToPay(facts, reasons));
        findings.put(Condition.SERIOUS_CONSEQUENCES, seriousConsequences(facts, reasons));
        LeniencyStage leniency = leniency(facts, reasons);
        findings.put(Condition.REPAYMENT, facts.repayment().isPresent() ? Finding.MET : Finding.NOT_MET);

        Finding required = Finding.all(List.of(findings.get(Condition.AMOUNT), findings.get(Condition.EVASION),
                findings.get(Condition.ORDER_TO_PAY)));
        Outcome outcome = switch (required) {
            case MET -> Outcome.MEETS_ALL_CONDITIONS;
            case NOT_MET -> Outcome.NOT_MET;
            case UNDETERMINED -> Outcome.UNDETERMINED;
        };
        SentenceBand band = outcome != Outcome.MEETS_ALL_CONDITIONS ? SentenceBand.NOT_APPLICABLE
                : facts.seriousConsequences().isEmpty() ? SentenceBand.UP_TO_THREE_YEARS
                : SentenceBand.THREE_TO_SEVEN_YEARS;
        return new AssessmentVerdict(outcome, findings, reasons, band, leniency, figures);
    }

    // ---------------------------------------------------------------------------------------------- amount (art. 3)

    private Finding amount(AssessmentFacts facts, AppliedFigures figures, List<Reason> reasons) {
        List<Reason> prongs = new ArrayList<>();
        Finding amount;
        if (facts.workers().isEmpty()) {
            prongs.add(new Reason(Condition.AMOUNT, Finding.NOT_MET, "amount.no-workers-owed",
                    "未记录被拖欠劳动报酬的劳动者", Map.of()));
            amount = Finding.NOT_MET;
        } else {
            Finding single = singleWorker(facts, figures, prongs);
            Finding many = manyWorkers(facts, figures, prongs);
            amount = Finding.any(List.of(single, many));
        }
        if (figures.isRange()) {
            // The note takes the amount's finding: the national range alone may already decide it.
            String province = RegionCode.provinceName(facts.regionCode().substring(0, 2)).orElseThrow();
            reasons.add(new Reason(Condition.AMOUNT, amount, "amount.province-figure-unknown",
                    "未配置" + province + "（" + facts.regionCode() + "）执行的数额标准，按" + INTERPRETATION
                            + "第三条规定的全国幅度两端评估：一名劳动者" + Yuan.format(figures.lowest().perWorker())
                            + "至" + Yuan.format(figures.highest().perWorker()) + "，十名以上劳动者累计"
                            + Yuan.format(figures.lowest().total()) + "至" + Yuan.format(figures.highest().total()),
                    params("regionCode", facts.regionCode(),
                            "lowestPerWorker", Yuan.plain(figures.lowest().perWorker()),
                            "highestPerWorker", Yuan.plain(figures.highest().perWorker()),
                            "lowestTotal", Yuan.plain(figures.lowest().total()),
                            "highestTotal", Yuan.plain(figures.highest().total()))));
        }
        reasons.addAll(prongs);
        return amount;
    }

    /** art. 3 (1): one worker owed at least the minimum months, the amount at or above the per-worker figure. */
    private Finding singleWorker(AssessmentFacts facts, AppliedFigures figures, List<Reason> reasons) {
        int minMonths = rules.minMonthsOwed();
        Optional<OwedWorker> highest = facts.workers().stream()
                .filter(worker -> worker.monthsOwed() >= minMonths)
                .max(Comparator.comparing(OwedWorker::amountOwed));
        if (highest.isEmpty()) {
            int most = facts.workers().stream().mapToInt(OwedWorker::monthsOwed).max().orElse(0);
            reasons.add(new Reason(Condition.AMOUNT, Finding.NOT_MET, "amount.single-worker-months-not-reached",
                    "没有劳动者被拖欠" + minMonths + "个月以上的劳动报酬（最长" + most + "个月），不符合"
                            + INTERPRETATION + "第三条第一项",
                    params("minMonths", String.valueOf(minMonths), "mostMonths", String.valueOf(most))));
            return Finding.NOT_MET;
        }
        OwedWorker worker = highest.get();
        BigDecimal low = figures.lowest().perWorker();
        BigDecimal high = figures.highest().perWorker();
        Finding finding = against(worker.amountOwed(), low, high);
        String owed = "劳动者" + worker.workerId() + "被拖欠" + worker.monthsOwed() + "个月劳动报酬"
                + Yuan.format(worker.amountOwed());
        Map<String, String> params = params("workerId", worker.workerId(),
                "months", String.valueOf(worker.monthsOwed()), "amount", Yuan.plain(worker.amountOwed()),
                "minMonths", String.valueOf(minMonths));
        switch (finding) {
            case MET -> reasons.add(new Reason(Condition.AMOUNT, finding, "amount.single-worker-threshold-met",
                    owed + "，达到一名劳动者" + minMonths + "个月以上、" + Yuan.format(high)
                            + "的数额较大标准（" + INTERPRETATION + "第三条第一项）",
                    with(params, "figure", Yuan.plain(high))));
            case NOT_MET -> reasons.add(new Reason(Condition.AMOUNT, finding, "amount.single-worker-threshold-not-met",
                    owed + "（被拖欠" + minMonths + "个月以上的劳动者中数额最高），未达到" + Yuan.format(low)
                            + "的数额较大标准（" + INTERPRETATION + "第三条第一项）",
                    with(params, "figure", Yuan.plain(low))));
            case UNDETERMINED -> reasons.add(new Reason(Condition.AMOUNT, finding,
                    "amount.single-worker-depends-on-province-figure",
                    owed + "，介于全国幅度" + Yuan.format(low) + "至" + Yuan.format(high)
                            + "之间，是否达到数额较大取决于本省执行的标准（" + INTERPRETATION + "第三条第一项）",
                    with(with(params, "lowestFigure", Yuan.plain(low)), "highestFigure", Yuan.plain(high))));
        }
        return finding;
    }

    /** art. 3 (2): at least the minimum number of workers, the total at or above the total figure. */
    private Finding manyWorkers(AssessmentFacts facts, AppliedFigures figures, List<Reason> reasons) {
        int minWorkers = rules.minWorkers();
        int count = facts.workers().size();
        BigDecimal total = facts.workers().stream().map(OwedWorker::amountOwed)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, String> params = params("workers", String.valueOf(count), "minWorkers", String.valueOf(minWorkers),
                "total", Yuan.plain(total));
        if (count < minWorkers) {
            reasons.add(new Reason(Condition.AMOUNT, Finding.NOT_MET, "amount.many-workers-count-not-reached",
                    "被拖欠劳动报酬的劳动者" + count + "名，不足" + minWorkers + "名，不适用" + INTERPRETATION
                            + "第三条第二项", params));
            return Finding.NOT_MET;
        }
        BigDecimal low = figures.lowest().total();
        BigDecimal high = figures.highest().total();
        Finding finding = against(total, low, high);
        String owed = count + "名劳动者被拖欠劳动报酬累计" + Yuan.format(total);
        switch (finding) {
            case MET -> reasons.add(new Reason(Condition.AMOUNT, finding, "amount.many-workers-threshold-met",
                    owed + "，达到" + minWorkers + "名以上劳动者、累计" + Yuan.format(high)
                            + "的数额较大标准（" + INTERPRETATION + "第三条第二项）",
                    with(params, "figure", Yuan.plain(high))));
            case NOT_MET -> reasons.add(new Reason(Condition.AMOUNT, finding, "amount.many-workers-threshold-not-met",
                    owed + "，未达到累计" + Yuan.format(low) + "的数额较大标准（" + INTERPRETATION + "第三条第二项）",
                    with(params, "figure", Yuan.plain(low))));
            case UNDETERMINED -> reasons.add(new Reason(Condition.AMOUNT, finding,
                    "amount.many-workers-depends-on-province-figure",
                    owed + "，介于全国幅度" + Yuan.format(low) + "至" + Yuan.format(high)
                            + "之间，是否达到数额较大取决于本省执行的标准（" + INTERPRETATION + "第三条第二项）",
                    with(with(params, "lowestFigure", Yuan.plain(low)), "highestFigure", Yuan.plain(high))));
        }
        return finding;
    }

    /** At or above the highest figure: met everywhere; below the lowest: nowhere; in between: it depends. */
    private static Finding against(BigDecimal amount, BigDecimal lowest, BigDecimal highest) {
        if (amount.compareTo(highest) >= 0) {
            return Finding.MET;
        }
        return amount.compareTo(lowest) < 0 ? Finding.NOT_MET : Finding.UNDETERMINED;
    }

    // --------------------------------------------------------------------------------------------- evasion (art. 2)

    private static Finding evasion(AssessmentFacts facts, List<Reason> reasons) {
        if (!facts.evasion().isEmpty()) {
            reasons.add(new Reason(Condition.EVASION, Finding.MET, "evasion.means-recorded",
                    "已查明逃避支付劳动报酬的行为：" + facts.evasion().stream().map(EvasionKind::label)
                            .collect(Collectors.joining("；")) + "（" + INTERPRETATION + "第二条）",
                    params("kinds", facts.evasion().stream().map(Enum::name).collect(Collectors.joining(",")))));
        }
        if (facts.ableToPayButDidNot()) {
            reasons.add(new Reason(Condition.EVASION, Finding.MET, "evasion.able-to-pay-did-not",
                    "已查明用人单位有能力支付而不支付劳动报酬（刑法第二百七十六条之一第一款）", Map.of()));
        }
        if (facts.evasion().isEmpty() && !facts.ableToPayButDidNot()) {
            reasons.add(new Reason(Condition.EVASION, Finding.NOT_MET, "evasion.none-recorded",
                    "未记录转移财产、逃匿等逃避支付的行为，也未记录有能力支付而不支付的事实", Map.of()));
            return Finding.NOT_MET;
        }
        return Finding.MET;
    }

    // ---------------------------------------------------------------------------------------- order to pay (art. 4)

    private static Finding orderToPay(AssessmentFacts facts, List<Reason> reasons) {
        Optional<OrderToPay> found = facts.order();
        if (found.isEmpty()) {
            reasons.add(new Reason(Condition.ORDER_TO_PAY, Finding.NOT_MET, "order.not-issued",
                    "未记录政府有关部门以限期整改指令书、行政处理决定书等文书责令支付（" + INTERPRETATION + "第四条）",
                    Map.of()));
            return Finding.NOT_MET;
        }
        OrderToPay order = found.get();
        Map<String, String> params = params("issuedOn", order.issuedOn().toString(),
                "deadline", order.deadline().toString(), "delivery", order.delivery().name());
        if (order.delivery() == OrderDelivery.POSTED_NOT_RECORDED) {
            reasons.add(new Reason(Condition.ORDER_TO_PAY, Finding.NOT_MET, "order.posting-not-recorded",
                    "责令支付文书虽已张贴，但未以拍照、录像等方式记录，不能视为已责令支付（" + INTERPRETATION
                            + "第四条第二款）", params));
            return Finding.NOT_MET;
        }
        if (!facts.asOf().isAfter(order.deadline())) {
            reasons.add(new Reason(Condition.ORDER_TO_PAY, Finding.NOT_MET, "order.deadline-not-passed",
                    "责令支付的期限（" + order.deadline() + "）尚未届满", with(params, "asOf", facts.asOf().toString())));
            return Finding.NOT_MET;
        }
        if (order.paidByDeadline()) {
            reasons.add(new Reason(Condition.ORDER_TO_PAY, Finding.NOT_MET, "order.paid-by-deadline",
                    "已在责令支付的期限（" + order.deadline() + "）内支付", params));
            return Finding.NOT_MET;
        }
        if (order.delivery() == OrderDelivery.POSTED_AND_RECORDED) {
            reasons.add(new Reason(Condition.ORDER_TO_PAY, Finding.MET, "order.posted-deadline-passed-unpaid",
                    "行为人逃匿，责令支付文书已于" + order.issuedOn() + "在其住所地或生产经营场所张贴并拍照、录像记录，视为经"
                            + "政府有关部门责令支付；期限" + order.deadline() + "届满仍未支付（" + INTERPRETATION
                            + "第四条第二款）", params));
        } else {
            reasons.add(new Reason(Condition.ORDER_TO_PAY, Finding.MET, "order.deadline-passed-unpaid",
                    "经政府有关部门于" + order.issuedOn() + "责令支付，期限" + order.deadline() + "届满仍未支付（"
                            + INTERPRETATION + "第四条第一款）", params));
        }
        return Finding.MET;
    }

    // ----------------------------------------------------------------------------------- serious consequences (art. 5)

    private static Finding seriousConsequences(AssessmentFacts facts, List<Reason> reasons) {
        if (facts.seriousConsequences().isEmpty()) {
            reasons.add(new Reason(Condition.SERIOUS_CONSEQUENCES, Finding.NOT_MET, "serious-consequences.none",
                    "未记录严重后果；如构成犯罪，适用三年以下有期徒刑或者拘役的量刑幅度", Map.of()));
            return Finding.NOT_MET;
        }
        reasons.add(new Reason(Condition.SERIOUS_CONSEQUENCES, Finding.MET, "serious-consequences.present",
                "造成严重后果：" + facts.seriousConsequences().stream().map(SeriousConsequence::label)
                        .collect(Collectors.joining("；")) + "（" + INTERPRETATION + "第五条）；如构成犯罪，适用三年以上七年以下有期徒刑的量刑幅度",
                params("consequences", facts.seriousConsequences().stream().map(Enum::name)
                        .collect(Collectors.joining(",")))));
        return Finding.MET;
    }

    // ------------------------------------------------------------------------------------------- leniency (art. 6)

    private LeniencyStage leniency(AssessmentFacts facts, List<Reason> reasons) {
        if (facts.repayment().isEmpty()) {
            reasons.add(leniencyReason(LeniencyStage.NOT_REPAID, Finding.NOT_MET,
                    "尚未全额支付劳动报酬并依法承担相应赔偿责任", Map.of()));
            return LeniencyStage.NOT_REPAID;
        }
        LocalDate repaid = facts.repaidInFullOn();
        Milestones milestones = facts.milestones();
        // Each stage with the milestone it must precede, in order; serious consequences leave only the verdict.
        List<StageLimit> stages = facts.seriousConsequences().isEmpty()
                ? List.of(new StageLimit(LeniencyStage.BEFORE_FILING, milestones.filedOn()),
                        new StageLimit(LeniencyStage.BEFORE_PROSECUTION, milestones.prosecutedOn()),
                        new StageLimit(LeniencyStage.BEFORE_FIRST_INSTANCE_VERDICT,
                                milestones.firstInstanceVerdictOn()))
                : List.of(new StageLimit(LeniencyStage.DISCRETIONARY_WITH_SERIOUS_CONSEQUENCES,
                        milestones.firstInstanceVerdictOn()));
        LeniencyStage stage = LeniencyStage.NONE;
        LocalDate sameDay = null;
        for (StageLimit candidate : stages) {
            LocalDate milestone = candidate.milestone();
            if (milestone != null && repaid.isEqual(milestone) && sameDay == null) {
                sameDay = milestone;
            }
            if (milestone == null || repaid.isBefore(milestone) || (repaid.isEqual(milestone)
                    && rules.sameDayRepayment() == SameDayRepayment.COUNTS_AS_BEFORE)) {
                stage = candidate.stage();
                break;
            }
        }
        Map<String, String> params = params("repaidOn", repaid.toString());
        reasons.add(leniencyReason(stage, Finding.MET, "于" + repaid + "全额支付劳动报酬并依法承担相应赔偿责任，属"
                + stage.label() + "，" + stage.effect() + "（" + INTERPRETATION + "第六条）", params));
        if (sameDay != null) {
            boolean before = rules.sameDayRepayment() == SameDayRepayment.COUNTS_AS_BEFORE;
            reasons.add(new Reason(Condition.REPAYMENT, Finding.UNDETERMINED, "leniency.same-day-as-milestone",
                    "支付日期与" + (sameDay.equals(milestones.filedOn()) ? "立案"
                            : sameDay.equals(milestones.prosecutedOn()) ? "提起公诉" : "一审宣判")
                            + "为同一天（" + repaid + "），已按" + (before ? "之前" : "之后") + "支付认定，请核实先后时间",
                    with(params, "countedAs", before ? "BEFORE" : "AFTER")));
        }
        return stage;
    }

    /** A stage of leniency and the milestone (null: not reached yet) the payment must precede to reach it. */
    private record StageLimit(LeniencyStage stage, LocalDate milestone) {
    }

    private static Reason leniencyReason(LeniencyStage stage, Finding finding, String explanation,
            Map<String, String> params) {
        return new Reason(Condition.REPAYMENT, finding,
                "leniency." + stage.name().toLowerCase(Locale.ROOT).replace('_', '-'), explanation,
                with(params, "stage", stage.name()));
    }

    // --------------------------------------------------------------------------------------------------- helpers

    private static Map<String, String> params(String... keysAndValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            params.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return params;
    }

    private static Map<String, String> with(Map<String, String> params, String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(params);
        copy.put(key, value);
        return copy;
    }
}
