package cn.procuratorate.wages.cases.demo;

import cn.procuratorate.wages.cases.workflow.CaseFacts;
import cn.procuratorate.wages.cases.workflow.EntryPoint;
import cn.procuratorate.wages.cases.workflow.ProsecutionDecision.NonProsecutionReason;
import cn.procuratorate.wages.cases.workflow.Stage;
import cn.procuratorate.wages.cases.workflow.StatutoryTimeLimits;
import cn.procuratorate.wages.cases.workflow.Transition;
import java.time.Period;
import java.util.Random;

/**
 * 拒不支付劳动报酬罪: referral by 人社, arrest review, the police's investigation, prosecution review with
 * supplementary investigation, the decision, closing; wages recovered along the way (同部署、同开展).
 */
final class CriminalHistories implements Histories {

    /** A prosecution review, and the limit that applies to it given the facts recorded in it. */
    private record Review(History history, Period limit) {
    }

    private final Random random;
    private final Pace pace;
    private final Recoveries recoveries;
    private final StatutoryTimeLimits limits;

    CriminalHistories(Random random, Pace pace, Recoveries recoveries, StatutoryTimeLimits limits) {
        this.random = random;
        this.pace = pace;
        this.recoveries = recoveries;
        this.limits = limits;
    }

    @Override
    public History towards(Stage target, CaseDraft draft) {
        return switch (target) {
            // A referral waits for the police to file and ask for an arrest: no limit runs here.
            case RECEIVED -> new History(EntryPoint.CRIMINAL_RECEIVED).stay(pace.days(0, 120));
            case ARREST_REVIEW -> arrestReview();
            case ARREST_DECIDED -> arrestDecided(draft).stay(pace.days(0, 75));
            case PROSECUTION_REVIEW -> {
                Review review = prosecutionReview(draft);
                yield review.history().stay(pace.intoLimit(review.limit()));
            }
            case SUPPLEMENTARY_INVESTIGATION -> returned(prosecutionReview(draft).history())
                    .stay(pace.intoLimit(limits.supplementaryInvestigation()));
            case PROSECUTION_DECIDED -> decided(draft, notProsecuted()).stay(pace.days(0, 60));
            case CLOSED -> closed(draft);
            default -> throw new IllegalArgumentException("Not a criminal stage: " + target);
        };
    }

    private History arrestReview() {
        CaseFacts facts = facts();
        boolean extended = facts.majorCase() && !facts.suspectDetained() && random.nextBoolean();
        History history = startArrestReview(facts, extended);
        Period limit = facts.suspectDetained() ? limits.arrestReviewDetained()
                : extended ? limits.arrestReviewNotDetainedExtended() : limits.arrestReviewNotDetained();
        return history.stay(pace.intoLimit(limit));
    }

    /** 提请批准逮捕 as the first the procuratorate hears of it, or after a referral it already holds. */
    private History startArrestReview(CaseFacts facts, boolean extended) {
        History history = random.nextInt(10) < 6 ? new History(EntryPoint.ARREST_REQUEST, facts)
                : new History(EntryPoint.CRIMINAL_RECEIVED, facts)
                        .enter(pace.days(5, 40), new Transition.StartArrestReview());
        if (extended) {
            history.then(pace.days(1, 3), new Transition.ExtendArrestReview("案情重大复杂，涉及劳动者人数众多"));
        }
        return history;
    }

    /** Decided in time; arrest only where necessary (少捕慎诉慎押), and some employers pay once it is decided. */
    private History arrestDecided(CaseDraft draft) {
        CaseFacts facts = facts();
        History history = startArrestReview(facts, false);
        history.enter(pace.days(2, facts.suspectDetained() ? 6 : 14), random.nextInt(10) < 6
                ? Transition.DecideArrest.arrest() : Transition.DecideArrest.noArrest());
        if (random.nextInt(10) < 3) {
            history.payUpTo(pace.days(3, 25), recoveries.part(Recoveries.inFull(draft)), recoveries.channel(draft));
        }
        return history;
    }

    /** Transferred straight for prosecution, or after the arrest decision and the police's investigation. */
    private Review prosecutionReview(CaseDraft draft) {
        History history = random.nextInt(10) < 3 ? new History(EntryPoint.TRANSFER_FOR_PROSECUTION, facts())
                : arrestDecided(draft).enter(pace.days(30, 75), new Transition.StartProsecutionReview());
        CaseFacts facts = history.facts();
        int ticket = random.nextInt(4);
        if (ticket == 0) {
            CaseFacts plea = random.nextBoolean() ? facts.withGuiltyPlea(true) : facts.withFastTrack();
            history.then(pace.days(1, 4), new Transition.RecordFacts(plea, "犯罪嫌疑人自愿认罪认罚，签署具结书"));
            return new Review(history, plea.fastTrack() ? limits.fastTrackReview() : limits.prosecutionReview());
        }
        if (ticket == 1 && facts.majorCase()) {
            history.then(pace.days(2, 6), new Transition.ExtendProsecutionReview("案情重大复杂，需逐一核实劳动者工资数额"));
            return new Review(history, limits.prosecutionReview().plus(limits.prosecutionReviewMajorExtension()));
        }
        return new Review(history, limits.prosecutionReview());
    }

    private History returned(History review) {
        return review.enter(pace.days(12, 25), new Transition.ReturnForSupplementaryInvestigation(
                random.nextBoolean() ? "需补充查明用人单位转移财产的情况" : "需补充调取劳动者考勤记录和工资表"));
    }

    /**
     * Prosecuted, or not prosecuted once the wages were paid in full (Criminal Law art. 276-1 para. 3), a decision
     * the head of department takes.
     */
    private History decided(CaseDraft draft, boolean notProsecuted) {
        History history = prosecutionReview(draft).history();
        if (random.nextInt(4) == 0) {
            returned(history).enter(pace.days(20, 30), new Transition.ResumeAfterSupplementaryInvestigation());
        }
        if (notProsecuted) {
            history.payUpTo(pace.days(3, 12), Recoveries.inFull(draft), recoveries.channel(draft));
            return history.enter(pace.days(2, 8), Transition.DecideProsecution.notProsecute(
                    NonProsecutionReason.WAGES_PAID_BEFORE_PROSECUTION, null), DemoActor.SUPERVISOR);
        }
        if (random.nextInt(10) < 4) {
            history.payUpTo(pace.days(3, 12), recoveries.part(Recoveries.inFull(draft)), recoveries.channel(draft));
        }
        return history.enter(pace.days(3, 12), Transition.DecideProsecution.prosecute());
    }

    /** Concluded after the decision, or withdrawn by 人社 once the employer paid before any police request. */
    private History closed(CaseDraft draft) {
        if (random.nextInt(8) == 0) {
            History referral = new History(EntryPoint.CRIMINAL_RECEIVED);
            referral.payUpTo(pace.days(10, 40), Recoveries.inFull(draft), recoveries.channel(draft));
            referral.enter(pace.days(1, 5), new Transition.Withdraw("用人单位已全额支付拖欠工资，人社部门撤回移送"));
            return referral.stay(pace.anyTime(referral));
        }
        boolean notProsecuted = notProsecuted();
        History history = decided(draft, notProsecuted);
        history.enter(pace.days(20, 90), new Transition.Close(notProsecuted ? "不起诉决定书已送达，工资已全额支付"
                : "人民法院已作出有罪判决，追赃挽损工作同步完成"));
        return history.stay(pace.anyTime(history));
    }

    /** One decision in five: the employer paid everything before prosecution. */
    private boolean notProsecuted() {
        return random.nextInt(5) == 0;
    }

    /** Detained in four cases of ten, a major case in one of five. */
    private CaseFacts facts() {
        return CaseFacts.NONE.withSuspectDetained(random.nextInt(10) < 4).withMajorCase(random.nextInt(5) == 0);
    }
}
