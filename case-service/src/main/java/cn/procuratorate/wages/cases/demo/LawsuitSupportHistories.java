package cn.procuratorate.wages.cases.demo;

import cn.procuratorate.wages.cases.recovery.PaymentChannel;
import cn.procuratorate.wages.cases.workflow.CourtOutcome;
import cn.procuratorate.wages.cases.workflow.EligibilityChecklist;
import cn.procuratorate.wages.cases.workflow.EntryPoint;
import cn.procuratorate.wages.cases.workflow.Stage;
import cn.procuratorate.wages.cases.workflow.Transition;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

/**
 * 支持起诉: the four conditions checked, the support opinion, legal aid, the court's outcome and the wages recovered
 * under it; or declined, or withdrawn by the worker. No step has a statutory time limit.
 */
final class LawsuitSupportHistories implements Histories {

    /** Checked so far: infringed and willing to sue, but what the agencies did is not yet clear. */
    private static final EligibilityChecklist UNDER_REVIEW = new EligibilityChecklist(true, false, true, true);

    private final Random random;
    private final Pace pace;
    private final Recoveries recoveries;

    LawsuitSupportHistories(Random random, Pace pace, Recoveries recoveries) {
        this.random = random;
        this.pace = pace;
        this.recoveries = recoveries;
    }

    @Override
    public History towards(Stage target, CaseDraft draft) {
        return switch (target) {
            case ELIGIBILITY_REVIEW -> {
                History history = new History(EntryPoint.SUPPORT_REQUEST);
                if (random.nextBoolean()) {
                    history.then(pace.days(2, 10), new Transition.AssessEligibility(UNDER_REVIEW));
                }
                yield history.stay(pace.days(0, 40));
            }
            case SUPPORT_OPINION_ISSUED -> opinionIssued().stay(pace.days(0, 30));
            case LEGAL_AID_ARRANGED -> legalAid(opinionIssued(), draft).stay(pace.days(0, 90));
            case COURT_OUTCOME_RECORDED -> outcomeRecorded(draft).stay(pace.days(0, 60));
            case CLOSED -> closed(draft);
            default -> throw new IllegalArgumentException("Not a stage of lawsuit support: " + target);
        };
    }

    private History opinionIssued() {
        return new History(EntryPoint.SUPPORT_REQUEST)
                .then(pace.days(3, 12), new Transition.AssessEligibility(EligibilityChecklist.ALL_MET))
                .enter(pace.days(2, 10), new Transition.IssueSupportOpinion("支持起诉意见书已随起诉状提交人民法院"));
    }

    private History legalAid(History history, CaseDraft draft) {
        return history.enter(pace.days(2, 10), new Transition.ArrangeLegalAid(draft.district() + "法律援助中心", null));
    }

    /**
     * Won, settled, partly won or lost; what was awarded is paid in full, in part or not yet, and the total
     * recovered is recorded in the workflow as well as in the ledger.
     */
    private History outcomeRecorded(CaseDraft draft) {
        History history = opinionIssued();
        if (random.nextInt(10) < 7) {
            legalAid(history, draft);
        }
        int ticket = random.nextInt(20);
        CourtOutcome.Kind kind = ticket < 9 ? CourtOutcome.Kind.WON : ticket < 15 ? CourtOutcome.Kind.SETTLED
                : ticket < 18 ? CourtOutcome.Kind.PARTLY_WON : CourtOutcome.Kind.LOST;
        if (!kind.awardsAmount()) {
            return history.enter(pace.days(30, 120),
                    new Transition.RecordCourtOutcome(kind, null, "劳动关系证据不足，诉讼请求被驳回"));
        }
        List<BigDecimal> awarded = kind == CourtOutcome.Kind.WON ? Recoveries.inFull(draft)
                : Recoveries.shareOf(draft, kind == CourtOutcome.Kind.SETTLED ? recoveries.share(70, 95)
                        : recoveries.share(50, 85));
        history.enter(pace.days(30, 120), new Transition.RecordCourtOutcome(kind, Recoveries.total(awarded), null));
        if (random.nextInt(5) > 0) {
            boolean paidInFull = random.nextBoolean();
            PaymentChannel channel = random.nextBoolean() ? PaymentChannel.COURT_ENFORCEMENT
                    : recoveries.channel(draft);
            BigDecimal recovered = history.payUpTo(pace.days(5, 60),
                    paidInFull ? awarded : recoveries.part(awarded), channel);
            if (recovered.signum() > 0) {
                history.then(pace.days(0, 3), new Transition.RecordRecovery(recovered));
            }
        }
        return history;
    }

    /** Declined (the worker has a lawyer), withdrawn (settled privately), or concluded after the outcome. */
    private History closed(CaseDraft draft) {
        int ticket = random.nextInt(10);
        History history;
        if (ticket == 0) {
            history = new History(EntryPoint.SUPPORT_REQUEST)
                    .then(pace.days(2, 10), new Transition.AssessEligibility(UNDER_REVIEW))
                    .enter(pace.days(3, 15), new Transition.Decline("劳动者已委托律师提起诉讼，无需检察机关支持起诉"));
        } else if (ticket == 1) {
            history = new History(EntryPoint.SUPPORT_REQUEST)
                    .enter(pace.days(5, 30), new Transition.Withdraw("劳动者与用人单位自行达成和解，撤回申请"));
        } else {
            history = outcomeRecorded(draft).enter(pace.days(10, 60), new Transition.Close("裁判已生效，追回情况已登记"));
        }
        return history.stay(pace.anyTime(history));
    }
}
