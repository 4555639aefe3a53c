package cn.procuratorate.wages.cases.workflow;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Rules of the three supervision case types that the workflow itself cannot see. */
public final class SupervisionRules {

    private static final Map<CaseType, Set<SupervisionDecision.Outcome>> OUTCOMES = outcomes();

    private SupervisionRules() {
    }

    /**
     * Civil judgment supervision admits one application only (Civil Procedure Law art. 220: "当事人不得再次向人民检察院
     * 申请检察建议或者抗诉"). The service asks this before registering a case, with whether the same party already
     * applied for supervision of the same judgment (the caller decides which earlier applications count, e.g.
     * whether one withdrawn before any decision does). Other types are not limited here.
     */
    public static boolean secondApplicationRefused(CaseType type, boolean appliedBefore) {
        return type == CaseType.CIVIL_JUDGMENT_SUPERVISION && appliedBefore;
    }

    /** Throws {@code workflow.second-application-refused} (422) when {@link #secondApplicationRefused} is true. */
    public static void requireFirstApplication(CaseType type, boolean appliedBefore) {
        if (secondApplicationRefused(type, appliedBefore)) {
            throw RuleCode.SECOND_APPLICATION_REFUSED.refuse();
        }
    }

    /**
     * The outcomes a case type may end in: judgments (civil, administrative) may get a retrial suggestion, a
     * protest or a procuratorial suggestion (e.g. on a judge's unlawful conduct); enforcement only a procuratorial
     * suggestion. Every type may end without supervision. Empty for a type that is not a supervision.
     */
    public static Set<SupervisionDecision.Outcome> outcomesFor(CaseType type) {
        return OUTCOMES.getOrDefault(type, Set.of());
    }

    private static Map<CaseType, Set<SupervisionDecision.Outcome>> outcomes() {
        Map<CaseType, Set<SupervisionDecision.Outcome>> table = new EnumMap<>(CaseType.class);
        Set<SupervisionDecision.Outcome> judgments = Collections.unmodifiableSet(
                EnumSet.allOf(SupervisionDecision.Outcome.class));
        table.put(CaseType.CIVIL_JUDGMENT_SUPERVISION, judgments);
        table.put(CaseType.ADMINISTRATIVE_JUDGMENT_SUPERVISION, judgments);
        table.put(CaseType.ENFORCEMENT_SUPERVISION, Collections.unmodifiableSet(EnumSet.of(
                SupervisionDecision.Outcome.PROCURATORIAL_SUGGESTION, SupervisionDecision.Outcome.NO_SUPERVISION)));
        return Collections.unmodifiableMap(table);
    }
}
