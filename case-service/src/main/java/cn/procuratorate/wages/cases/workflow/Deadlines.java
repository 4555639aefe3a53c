package cn.procuratorate.wages.cases.workflow;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * The due date of a state's current stage, as a pure function of the state and the limits.
 *
 * <p>Counting convention: the due date is the stage's start date plus the period; it is the last day on which the
 * act is in time (CPL art. 105: the day a period starts is not counted, so 7 days from 1 March end on 8 March).
 * Months are calendar months added with {@link LocalDate#plusMonths}: the same day of the next month, or its last
 * day when that day does not exist (31 January + 1 month = 28/29 February). Two known simplifications, both noted
 * for review: (1) where a period starts on the last day of a shorter month the statutory reading is "to the last
 * day of the next month" (28 February + 1 month = 31 March), while plusMonths gives 28 March, i.e. this code is
 * earlier, never later, than the law; (2) a due date falling on a public holiday is not moved to the next working
 * day (CPL art. 105 moves it, except for periods of custody): no holiday calendar is modelled.
 */
final class Deadlines {

    private final StatutoryTimeLimits limits;

    Deadlines(StatutoryTimeLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** The due date of the state's current stage, from the day it started; null when the stage has no limit. */
    LocalDate dueOn(WorkflowState state) {
        Period period = period(state);
        if (period == null) {
            return null;
        }
        LocalDate due = state.stageStartedOn().plus(period);
        if (state.stage() == Stage.PROSECUTION_REVIEW && state.extensionGranted()) {
            due = due.plus(limits.prosecutionReviewMajorExtension());
        }
        return due;
    }

    private Period period(WorkflowState state) {
        CaseFacts facts = state.facts();
        switch (state.stage()) {
            case ARREST_REVIEW:
                if (facts.suspectDetained()) {
                    return limits.arrestReviewDetained();
                }
                return state.extensionGranted() ? limits.arrestReviewNotDetainedExtended()
                        : limits.arrestReviewNotDetained();
            case PROSECUTION_REVIEW:
                if (facts.fastTrack()) {
                    return facts.likelySentenceOverOneYear() ? limits.fastTrackReviewLongSentence()
                            : limits.fastTrackReview();
                }
                return limits.prosecutionReview();
            case SUPPLEMENTARY_INVESTIGATION:
                return limits.supplementaryInvestigation();
            case APPLICATION_RECEIVED:
                return limits.supervisionAcceptanceNotice();
            case SUPERVISION_REVIEW:
                return limits.supervisionReview();
            case SUPERVISION_DECIDED:
                return courtResponsePeriod(state.supervisionDecision());
            case FALSE_LITIGATION_OPENED:
                return state.entryPoint() == EntryPoint.REPORT ? limits.reportDisposal() : null;
            case FALSE_LITIGATION_DECIDED:
                FalseLitigationDecision decision = state.falseLitigationDecision();
                return decision != null && decision.outcome() == FalseLitigationDecision.Outcome.SUGGESTION_TO_COURT
                        ? limits.procuratorialSuggestionReply() : null;
            default:
                return null;
        }
    }

    private Period courtResponsePeriod(SupervisionDecision decision) {
        if (decision == null) {
            return null;
        }
        switch (decision.outcome()) {
            case RETRIAL_SUGGESTION:
                return limits.retrialSuggestionReply();
            case PROTEST:
                return limits.protestRetrialRuling();
            case PROCURATORIAL_SUGGESTION:
                return limits.procuratorialSuggestionReply();
            default:
                return null;
        }
    }

    /** Whether the current stage's limit could be extended now, or why not (null when it can). */
    TransitionRefused extensionRefusal(WorkflowState state, Action action) {
        CaseFacts facts = state.facts();
        if (action == Action.EXTEND_ARREST_REVIEW && facts.suspectDetained()) {
            return RuleCode.EXTENSION_NOT_APPLICABLE.refuse(Stage.ARREST_REVIEW.label(),
                    "犯罪嫌疑人已被拘留，适用拘留案件的审查逮捕期限");
        }
        if (action == Action.EXTEND_PROSECUTION_REVIEW && facts.fastTrack()) {
            return RuleCode.EXTENSION_NOT_APPLICABLE.refuse(Stage.PROSECUTION_REVIEW.label(),
                    "适用速裁程序的案件适用速裁期限");
        }
        if (!facts.majorCase()) {
            return RuleCode.EXTENSION_NEEDS_MAJOR_CASE.refuse(action.label());
        }
        if (state.extensionGranted()) {
            return RuleCode.EXTENSION_ALREADY_GRANTED.refuse(action.label());
        }
        return null;
    }
}
