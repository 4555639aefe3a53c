package cn.procuratorate.wages.petitions.routing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The routing sender's timings ({@code petitions.routing.*}).
 *
 * @param scheduled whether the scheduled sender runs (tests that drive the sender themselves turn it off); the
 *                  attempt made right after a clerk routes a petition runs either way
 * @param interval  pause between two runs of the scheduled sender
 * @param lease     how long a claimed delivery is the claimer's alone: longer than a call can take (Feign's connect
 *                  and read timeouts plus a token request), so only a crashed sender's claim ever expires
 * @param firstRetry wait after the first failed attempt, doubled after each further one...
 * @param maxRetry  ...up to this
 * @param maxPerRun most deliveries one run attempts, so a long queue does not hold the scheduler's thread for long
 */
@ConfigurationProperties("petitions.routing")
record RoutingProperties(@DefaultValue("true") boolean scheduled, @DefaultValue("2s") Duration interval,
        @DefaultValue("30s") Duration lease, @DefaultValue("2s") Duration firstRetry,
        @DefaultValue("5m") Duration maxRetry, @DefaultValue("200") int maxPerRun) {

    Backoff backoff() {
        return new Backoff(firstRetry, maxRetry);
    }
}
