package cn.procuratorate.wages.cases.assessment;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of {@link ThresholdAssessment#assess(AssessmentFacts)}: an aid to the prosecutor's judgement, not the
 * judgement itself.
 *
 * @param outcome       whether the three required conditions are met
 * @param findings      the finding for each condition (AMOUNT, EVASION, ORDER_TO_PAY, SERIOUS_CONSEQUENCES, REPAYMENT)
 * @param reasons       why, in order: amount, evasion, order to pay, serious consequences, repayment
 * @param sentenceBand  the statutory band when all conditions are met, else NOT_APPLICABLE
 * @param leniencyStage when the wages were paid with compensation, and the leniency that follows
 * @param figures       the figures the amount was judged by
 */
public record AssessmentVerdict(Outcome outcome, Map<Condition, Finding> findings, List<Reason> reasons,
        SentenceBand sentenceBand, LeniencyStage leniencyStage, AppliedFigures figures) {

    public AssessmentVerdict {
        Objects.requireNonNull(outcome, "outcome");
        findings = Collections.unmodifiableMap(new EnumMap<>(findings));
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(sentenceBand, "sentenceBand");
        Objects.requireNonNull(leniencyStage, "leniencyStage");
        Objects.requireNonNull(figures, "figures");
    }

    public Finding finding(Condition condition) {
        return findings.get(condition);
    }

    public List<Reason> reasonsFor(Condition condition) {
        return reasons.stream().filter(reason -> reason.condition() == condition).toList();
    }

    /** The codes of the reasons, in order. */
    public List<String> codes() {
        return reasons.stream().map(Reason::code).toList();
    }
}
