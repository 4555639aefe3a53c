package cn.procuratorate.wages.cases.demo;

import java.time.Period;
import java.util.Random;

/** How quickly the demo cases move: gaps between steps, and how far into its time limit a case has got by today. */
final class Pace {

    /** Of the cases in a stage with a time limit, this share is past it and this share falls due within a week. */
    private static final int OVERDUE_PERCENT = 20;
    private static final int DUE_SOON_PERCENT = 25;
    static final int DUE_SOON_DAYS = 7;
    private static final int DAYS_PER_MONTH = 30;

    private final Random random;
    private final int historyDays;

    /** @param historyDays how far back the oldest case may have been received */
    Pace(Random random, int historyDays) {
        this.random = random;
        this.historyDays = historyDays;
    }

    /** Between {@code min} and {@code max} days, both included. */
    int days(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /** Days since a stage with this limit began: overdue, due within a week, or earlier in the period. */
    int intoLimit(Period limit) {
        int period = limit.getYears() * 365 + limit.getMonths() * DAYS_PER_MONTH + limit.getDays();
        int ticket = random.nextInt(100);
        if (ticket < OVERDUE_PERCENT) {
            return period + days(2, 25);
        }
        if (ticket < OVERDUE_PERCENT + DUE_SOON_PERCENT) {
            return Math.max(0, period - random.nextInt(DUE_SOON_DAYS - 1));
        }
        return random.nextInt(Math.max(1, period - DUE_SOON_DAYS - 1));
    }

    /** A stay in a final or untimed stage: any time that keeps the receipt within the history. */
    int anyTime(History history) {
        return random.nextInt(Math.max(1, historyDays - history.lastDay()));
    }
}
