package cn.procuratorate.wages.cases.demo;

import cn.procuratorate.wages.cases.workflow.CaseType;
import cn.procuratorate.wages.cases.workflow.CourtResponse;
import cn.procuratorate.wages.cases.workflow.EntryPoint;
import cn.procuratorate.wages.cases.workflow.Stage;
import cn.procuratorate.wages.cases.workflow.StatutoryTimeLimits;
import cn.procuratorate.wages.cases.workflow.SupervisionDecision.Outcome;
import cn.procuratorate.wages.cases.workflow.SupervisionRules;
import cn.procuratorate.wages.cases.workflow.Transition;
import java.time.Period;
import java.util.List;
import java.util.Random;

/**
 * Supervision of judgments and enforcement: acceptance within 3 days, review within 3 months, the decision (with
 * the outcomes {@link SupervisionRules} allows for the type), the court's response, closing; or declined or
 * withdrawn before the decision.
 */
final class SupervisionHistories implements Histories {

    private final Random random;
    private final Pace pace;
    private final StatutoryTimeLimits limits;

    SupervisionHistories(Random random, Pace pace, StatutoryTimeLimits limits) {
        this.random = random;
        this.pace = pace;
        this.limits = limits;
    }

    @Override
    public History towards(Stage target, CaseDraft draft) {
        return switch (target) {
            case APPLICATION_RECEIVED -> new History(EntryPoint.SUPERVISION_APPLICATION)
                    .stay(pace.intoLimit(limits.supervisionAcceptanceNotice()));
            case SUPERVISION_REVIEW -> accepted().stay(pace.intoLimit(limits.supervisionReview()));
            case SUPERVISION_DECIDED -> {
                Outcome outcome = pick(SupervisionRules.outcomesFor(draft.type()).stream()
                        .filter(Outcome::expectsCourtResponse).toList());
                yield decided(outcome).stay(pace.intoLimit(replyLimit(outcome)));
            }
            case COURT_RESPONSE_RECORDED -> answered(draft.type()).stay(pace.days(0, 30));
            case CLOSED -> closed(draft.type());
            default -> throw new IllegalArgumentException("Not a supervision stage: " + target);
        };
    }

    private History accepted() {
        return new History(EntryPoint.SUPERVISION_APPLICATION)
                .enter(pace.days(1, 3), new Transition.AcceptApplication());
    }

    private History decided(Outcome outcome) {
        String reason = outcome == Outcome.NO_SUPERVISION ? "原裁判认定事实清楚，适用法律正确" : null;
        return accepted().enter(pace.days(30, 85), new Transition.DecideSupervision(outcome, reason));
    }

    private History answered(CaseType type) {
        Outcome outcome = pick(SupervisionRules.outcomesFor(type).stream().filter(Outcome::expectsCourtResponse)
                .toList());
        CourtResponse.Kind kind = pick(List.of(CourtResponse.Kind.values()));
        return decided(outcome).enter(pace.days(15, 55), new Transition.RecordCourtResponse(kind,
                kind == CourtResponse.Kind.NOT_ADOPTED ? "人民法院复函说明不予采纳的理由" : "人民法院已采纳并予以纠正"));
    }

    /** Declined, withdrawn, ended without supervision, or concluded once the court responded. */
    private History closed(CaseType type) {
        int ticket = random.nextInt(10);
        History history;
        if (ticket == 0) {
            history = new History(EntryPoint.SUPERVISION_APPLICATION).enter(pace.days(1, 3), new Transition.Decline(
                    type == CaseType.ENFORCEMENT_SUPERVISION ? "申请人未先向人民法院提出执行异议，不符合受理条件"
                            : "申请人未先向人民法院申请再审，不符合受理条件"));
        } else if (ticket == 1) {
            history = accepted().enter(pace.days(10, 40), new Transition.Withdraw("申请人与对方当事人达成和解，撤回监督申请"));
        } else if (ticket < 5) {
            history = decided(Outcome.NO_SUPERVISION);
            history.enter(pace.days(3, 15), new Transition.Close("不支持监督申请决定书已送达申请人"));
        } else {
            history = answered(type).enter(pace.days(5, 30), new Transition.Close("监督意见已落实"));
        }
        return history.stay(pace.anyTime(history));
    }

    /** When the court's answer to the outcome falls due. */
    private Period replyLimit(Outcome outcome) {
        return switch (outcome) {
            case RETRIAL_SUGGESTION -> limits.retrialSuggestionReply();
            case PROTEST -> limits.protestRetrialRuling();
            case PROCURATORIAL_SUGGESTION -> limits.procuratorialSuggestionReply();
            case NO_SUPERVISION -> throw new IllegalArgumentException("No reply is awaited without supervision");
        };
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
