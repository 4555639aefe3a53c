package cn.procuratorate.wages.cases.demo;

import cn.procuratorate.wages.cases.demo.PlannedCase.Move;
import cn.procuratorate.wages.cases.demo.PlannedCase.Payment;
import cn.procuratorate.wages.cases.demo.PlannedCase.Step;
import cn.procuratorate.wages.cases.recovery.PaymentChannel;
import cn.procuratorate.wages.cases.workflow.CaseFacts;
import cn.procuratorate.wages.cases.workflow.EntryPoint;
import cn.procuratorate.wages.cases.workflow.Transition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What happens to one demo case after it is received, built forwards in days after receipt; how long it has been in
 * its last stage ({@link #stay}) then fixes how many days ago it was received.
 */
final class History {

    private final EntryPoint entry;
    private final CaseFacts facts;
    private final List<Move> moves = new ArrayList<>();
    private final Map<Integer, BigDecimal> paid = new HashMap<>();
    private int day;
    private int stageEnteredOn;
    private int daysInStage;

    History(EntryPoint entry, CaseFacts facts) {
        this.entry = entry;
        this.facts = facts;
    }

    History(EntryPoint entry) {
        this(entry, CaseFacts.NONE);
    }

    /** A step into the next stage, {@code daysLater} days after the previous move, by the handler. */
    History enter(int daysLater, Transition transition) {
        return enter(daysLater, transition, DemoActor.PROCURATOR);
    }

    History enter(int daysLater, Transition transition, DemoActor actor) {
        then(daysLater, transition, actor);
        stageEnteredOn = day;
        return this;
    }

    /** A step within the current stage (facts, checklist, extension...), by the handler. */
    History then(int daysLater, Transition transition) {
        return then(daysLater, transition, DemoActor.PROCURATOR);
    }

    History then(int daysLater, Transition transition, DemoActor actor) {
        day += daysLater;
        moves.add(new Step(day, transition, actor));
        return this;
    }

    /**
     * Payments recorded by the handler on one day, bringing each worker up to the given total to date (a worker
     * already paid as much gets nothing more); returns what the case has recovered to date.
     */
    BigDecimal payUpTo(int daysLater, List<BigDecimal> totalsToDate, PaymentChannel channel) {
        day += daysLater;
        for (int worker = 0; worker < totalsToDate.size(); worker++) {
            BigDecimal before = paid.getOrDefault(worker, BigDecimal.ZERO);
            BigDecimal amount = totalsToDate.get(worker).subtract(before);
            if (amount.signum() > 0) {
                moves.add(new Payment(day, worker, amount, channel));
                paid.put(worker, before.add(amount));
            }
        }
        return paid.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** How many days the case has been in its current stage by today. */
    History stay(int days) {
        daysInStage = days;
        return this;
    }

    /** Days from receipt to today: the last move, or the stay in the last stage if that ends later. */
    int span() {
        return Math.max(day, stageEnteredOn + daysInStage);
    }

    /** Days from receipt to the latest move. */
    int lastDay() {
        return day;
    }

    EntryPoint entry() {
        return entry;
    }

    CaseFacts facts() {
        return facts;
    }

    List<Move> moves() {
        return List.copyOf(moves);
    }
}
