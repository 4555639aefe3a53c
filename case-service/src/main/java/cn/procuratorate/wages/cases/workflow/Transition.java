package cn.procuratorate.wages.cases.workflow;

import java.math.BigDecimal;

/**
 * A step requested of a workflow: one record per {@link Action}, carrying what the step needs. Who takes it and
 * on which day are passed alongside ({@link Workflows#apply(WorkflowState, Transition, Actor, java.time.LocalDate)}).
 * Free texts (reasons, notes) are stripped; a blank one counts as absent.
 */
public sealed interface Transition {

    Action action();

    // ---- Criminal

    /** 提请批准逮捕 received for a case in {@link Stage#RECEIVED}: the arrest review clock starts today. */
    record StartArrestReview() implements Transition {
        public Action action() {
            return Action.START_ARREST_REVIEW;
        }
    }

    /** 移送审查起诉 received (after the arrest decision, or straight from RECEIVED): the review clock starts today. */
    record StartProsecutionReview() implements Transition {
        public Action action() {
            return Action.START_PROSECUTION_REVIEW;
        }
    }

    /** Arrest review of a major case, suspect not detained: 15 days become 20. Needs a reason. */
    record ExtendArrestReview(String reason) implements Transition {
        public Action action() {
            return Action.EXTEND_ARREST_REVIEW;
        }
    }

    /**
     * The arrest decision. For {@link ArrestDecision.Kind#NO_ARREST} a null reason means
     * {@link ArrestDecision.NonArrestReason#NO_NECESSITY} (少捕慎诉慎押); {@code OTHER} needs a note.
     */
    record DecideArrest(ArrestDecision.Kind decision, ArrestDecision.NonArrestReason reason, String note)
            implements Transition {

        public static DecideArrest arrest() {
            return new DecideArrest(ArrestDecision.Kind.ARREST, null, null);
        }

        /** Not arrested for lack of necessity, the default reason. */
        public static DecideArrest noArrest() {
            return new DecideArrest(ArrestDecision.Kind.NO_ARREST, ArrestDecision.NonArrestReason.NO_NECESSITY, null);
        }

        public static DecideArrest noArrest(ArrestDecision.NonArrestReason reason, String note) {
            return new DecideArrest(ArrestDecision.Kind.NO_ARREST, reason, note);
        }

        public Action action() {
            return Action.DECIDE_ARREST;
        }
    }

    /** Prosecution review of a major case (not on the fast track): +15 days. Needs a reason. */
    record ExtendProsecutionReview(String reason) implements Transition {
        public Action action() {
            return Action.EXTEND_PROSECUTION_REVIEW;
        }
    }

    /** 退回补充侦查: at most 2 rounds of 1 month. Needs a reason (what is to be investigated). */
    record ReturnForSupplementaryInvestigation(String reason) implements Transition {
        public Action action() {
            return Action.RETURN_FOR_SUPPLEMENTARY_INVESTIGATION;
        }
    }

    /** The police transfer the case back: the prosecution review clock restarts today with the full period. */
    record ResumeAfterSupplementaryInvestigation() implements Transition {
        public Action action() {
            return Action.RESUME_AFTER_SUPPLEMENTARY_INVESTIGATION;
        }
    }

    /** The prosecution decision. {@link ProsecutionDecision.Kind#NOT_PROSECUTE} needs a reason; OTHER a note. */
    record DecideProsecution(ProsecutionDecision.Kind decision, ProsecutionDecision.NonProsecutionReason reason,
            String note) implements Transition {

        public static DecideProsecution prosecute() {
            return new DecideProsecution(ProsecutionDecision.Kind.PROSECUTE, null, null);
        }

        public static DecideProsecution notProsecute(ProsecutionDecision.NonProsecutionReason reason, String note) {
            return new DecideProsecution(ProsecutionDecision.Kind.NOT_PROSECUTE, reason, note);
        }

        public Action action() {
            return Action.DECIDE_PROSECUTION;
        }
    }

    /**
     * The facts the time limits depend on changed (suspect detained or released, case found major, guilty plea and
     * fast track): the current stage's due date is recomputed from the day the stage started.
     */
    record RecordFacts(CaseFacts facts, String note) implements Transition {
        public Action action() {
            return Action.RECORD_FACTS;
        }
    }

    // ---- Support of a lawsuit

    /** Records the checklist as assessed so far; may be repeated. */
    record AssessEligibility(EligibilityChecklist checklist) implements Transition {
        public Action action() {
            return Action.ASSESS_ELIGIBILITY;
        }
    }

    /** Issues the support opinion; refused unless the recorded checklist is complete. */
    record IssueSupportOpinion(String note) implements Transition {
        public Action action() {
            return Action.ISSUE_SUPPORT_OPINION;
        }
    }

    /** Legal aid arranged: the provider (legal aid centre, lawyer) is required. */
    record ArrangeLegalAid(String provider, String note) implements Transition {
        public Action action() {
            return Action.ARRANGE_LEGAL_AID;
        }
    }

    /** The court's outcome, with the amount awarded (yuan, 2 decimals) when won, partly won or settled. */
    record RecordCourtOutcome(CourtOutcome.Kind outcome, BigDecimal amountAwarded, String note)
            implements Transition {
        public Action action() {
            return Action.RECORD_COURT_OUTCOME;
        }
    }

    /** The total recovered to date (not an increment), so that repeating the same request changes nothing. */
    record RecordRecovery(BigDecimal amountRecoveredToDate) implements Transition {
        public Action action() {
            return Action.RECORD_RECOVERY;
        }
    }

    // ---- Supervision

    /** Accepts the application (the acceptance notice goes out): the 3-month review starts today. */
    record AcceptApplication() implements Transition {
        public Action action() {
            return Action.ACCEPT_APPLICATION;
        }
    }

    /** The supervision outcome; {@link SupervisionDecision.Outcome#NO_SUPERVISION} needs a reason. */
    record DecideSupervision(SupervisionDecision.Outcome outcome, String reason) implements Transition {
        public Action action() {
            return Action.DECIDE_SUPERVISION;
        }
    }

    /** The court's response to the suggestion or protest. */
    record RecordCourtResponse(CourtResponse.Kind kind, String summary) implements Transition {
        public Action action() {
            return Action.RECORD_COURT_RESPONSE;
        }
    }

    // ---- False litigation

    record StartInvestigation() implements Transition {
        public Action action() {
            return Action.START_INVESTIGATION;
        }
    }

    /** The outcome; {@link FalseLitigationDecision.Outcome#UNFOUNDED} needs a reason. */
    record DecideFalseLitigation(FalseLitigationDecision.Outcome outcome, String reason) implements Transition {
        public Action action() {
            return Action.DECIDE_FALSE_LITIGATION;
        }
    }

    // ---- Several workflows

    /**
     * Gives the case to another handler: only a supervisor may, with a reason (捕诉一体: the handler of the arrest
     * review keeps the case through prosecution review). The first assignment of an unassigned case needs no reason.
     */
    record ChangeHandler(String newHandlerId, String reason) implements Transition {
        public Action action() {
            return Action.CHANGE_HANDLER;
        }
    }

    /** The applicant withdraws, or the police drop the case: closes it. Needs a reason. */
    record Withdraw(String reason) implements Transition {
        public Action action() {
            return Action.WITHDRAW;
        }
    }

    /** The procuratorate does not accept the application or does not support the lawsuit: closes it. Needs a reason. */
    record Decline(String reason) implements Transition {
        public Action action() {
            return Action.DECLINE;
        }
    }

    /** Concludes a decided case. The summary is optional. */
    record Close(String summary) implements Transition {
        public Action action() {
            return Action.CLOSE;
        }
    }
}
