package cn.procuratorate.wages.outreach.exchange.clue;

import java.time.Duration;

/**
 * How long a delivery waits after its n-th failed attempt: {@code first}, then doubled after each further failure,
 * never more than {@code max}, so a short outage is bridged quickly and a long one does not cost a call per clue
 * every few seconds.
 */
record Backoff(Duration first, Duration max) {

    Duration after(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts, 1) - 1, 30);
        Duration wait = first.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
