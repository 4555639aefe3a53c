package cn.procuratorate.wages.cases.casefile;

import cn.procuratorate.wages.cases.recovery.PaymentRefused;
import cn.procuratorate.wages.cases.workflow.TransitionRefused;
import cn.procuratorate.wages.common.problem.ApiException;
import cn.procuratorate.wages.common.problem.ProblemKind;

/**
 * The rules' refusals as problems: 409 when the step is not possible in the current state, 422 when a rule refused
 * it, each with the stable {@code rule} code a client can act on and the rule's own explanation as the detail.
 */
final class Refusals {

    private Refusals() {
    }

    static ApiException of(TransitionRefused refused) {
        return new ApiException(refused.isConflict() ? ProblemKind.CONFLICT : ProblemKind.RULE_VIOLATION, refused,
                "case.detail.refused", refused.getMessage())
                .with("rule", refused.code()).with("details", refused.details());
    }

    static ApiException of(PaymentRefused refused) {
        return new ApiException(ProblemKind.RULE_VIOLATION, refused, "case.detail.refused", refused.getMessage())
                .with("rule", refused.ruleCode()).with("params", refused.params());
    }
}
