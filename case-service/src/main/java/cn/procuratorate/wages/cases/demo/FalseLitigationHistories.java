package cn.procuratorate.wages.cases.demo;

import cn.procuratorate.wages.cases.workflow.EntryPoint;
import cn.procuratorate.wages.cases.workflow.FalseLitigationDecision.Outcome;
import cn.procuratorate.wages.cases.workflow.Stage;
import cn.procuratorate.wages.cases.workflow.StatutoryTimeLimits;
import cn.procuratorate.wages.cases.workflow.Transition;
import java.util.Random;

/**
 * 虚假诉讼: opened from a risk flag (no limit) or a report (disposed of within 7 days), investigated, decided
 * (referred to the police, a suggestion to the court with its 2-month reply, or unfounded), closed.
 */
final class FalseLitigationHistories implements Histories {

    private final Random random;
    private final Pace pace;
    private final StatutoryTimeLimits limits;

    FalseLitigationHistories(Random random, Pace pace, StatutoryTimeLimits limits) {
        this.random = random;
        this.pace = pace;
        this.limits = limits;
    }

    @Override
    public History towards(Stage target, CaseDraft draft) {
        return switch (target) {
            case FALSE_LITIGATION_OPENED -> random.nextBoolean()
                    ? new History(EntryPoint.RISK_FLAG).stay(pace.days(0, 30))
                    : new History(EntryPoint.REPORT).stay(pace.intoLimit(limits.reportDisposal()));
            case INVESTIGATION -> investigated().stay(pace.days(0, 60));
            case FALSE_LITIGATION_DECIDED -> {
                Outcome outcome = outcome();
                yield decided(outcome).stay(outcome == Outcome.SUGGESTION_TO_COURT
                        ? pace.intoLimit(limits.procuratorialSuggestionReply()) : pace.days(0, 30));
            }
            case CLOSED -> {
                History history = decided(outcome()).enter(pace.days(5, 40), new Transition.Close(null));
                yield history.stay(pace.anyTime(history));
            }
            default -> throw new IllegalArgumentException("Not a false-litigation stage: " + target);
        };
    }

    private History investigated() {
        return new History(random.nextBoolean() ? EntryPoint.RISK_FLAG : EntryPoint.REPORT)
                .enter(pace.days(1, 6), new Transition.StartInvestigation());
    }

    /** After an investigation; a flag that is obviously unfounded may be decided without one. */
    private History decided(Outcome outcome) {
        if (outcome == Outcome.UNFOUNDED && random.nextBoolean()) {
            return new History(EntryPoint.RISK_FLAG).enter(pace.days(1, 5),
                    new Transition.DecideFalseLitigation(outcome, "劳动者名册与考勤记录相符，不存在虚构劳动关系"));
        }
        String reason = outcome == Outcome.UNFOUNDED ? "经调查核实，劳动关系及工资数额真实" : null;
        return investigated().enter(pace.days(20, 60), new Transition.DecideFalseLitigation(outcome, reason));
    }

    private Outcome outcome() {
        int ticket = random.nextInt(10);
        return ticket < 3 ? Outcome.REFERRED_TO_POLICE : ticket < 7 ? Outcome.SUGGESTION_TO_COURT : Outcome.UNFOUNDED;
    }
}
