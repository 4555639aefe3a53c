package cn.procuratorate.wages.petitions.demo;

import java.util.Random;

/**
 * How fast the desk worked a petition: the day after receipt of each step, null for a step that has not come (in
 * the plan; the planner also drops the steps that would lie after today). Shares are design choices that give the
 * desk a realistic mix: most petitions answered in time, some acknowledged late, some stalled or never touched, so
 * that the overdue lists are not empty.
 */
record Pace(Integer proceduralReply, Integer handling, Integer resultReply, Integer closing) {

    /** Never acknowledged: the procedural reply falls overdue 7 days after receipt. */
    static final Pace NEGLECTED = new Pace(null, null, null, null);

    private static final int NEGLECTED_PERCENT = 8;
    private static final int LATE_REPLY_PERCENT = 10;
    private static final int STALLED_PERCENT = 12;
    private static final int LEFT_OPEN_PERCENT = 15;
    /** The result reply comes within the 3 months (SPP rules art. 163) when the desk keeps pace. */
    private static final int LAST_RESULT_DAY = 88;

    static Pace usual(Random random) {
        int roll = random.nextInt(100);
        if (roll < NEGLECTED_PERCENT) {
            return NEGLECTED;
        }
        int reply = roll < NEGLECTED_PERCENT + LATE_REPLY_PERCENT ? 8 + random.nextInt(7) : 1 + random.nextInt(5);
        if (roll >= 100 - STALLED_PERCENT) {
            // Acknowledged, then stalled: the result reply falls overdue 3 months after receipt.
            return new Pace(reply, random.nextBoolean() ? reply + 10 + random.nextInt(50) : null, null, null);
        }
        int handling = reply + 3 + random.nextInt(33);
        int result = Math.min(handling + 1 + random.nextInt(20), LAST_RESULT_DAY);
        Integer closing = random.nextInt(100) < LEFT_OPEN_PERCENT ? null : result + random.nextInt(8);
        return new Pace(reply, handling, result, closing);
    }

    /** A repeat of an earlier petition, merged into it and closed within a few days. */
    static Pace merged(Random random) {
        int reply = 1 + random.nextInt(2);
        int handling = reply + 1 + random.nextInt(3);
        return new Pace(reply, handling, null, handling);
    }

    /** Acknowledged and handled, with the result reply still owed. */
    static Pace awaitingResult(int reply, int handling) {
        return new Pace(reply, handling, null, null);
    }

    /** Not yet acknowledged: the procedural reply is planned for the day before it falls due. */
    static Pace acknowledgedOnTheLastDay() {
        return new Pace(6, null, null, null);
    }
}
