package cn.procuratorate.wages.outreach.exchange.clue;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The clue sender's and follow-up's timings ({@code outreach.exchange.*}).
 *
 * @param scheduled     whether the scheduled sender and follow-up run (tests that drive them turn them off); the
 *                      attempt made right after an agency pushes a clue runs either way
 * @param interval      pause between two runs of the scheduled sender, and of the follow-up
 * @param lease         how long a claimed delivery is the claimer's alone: longer than a call can take (Feign's
 *                      connect and read timeouts plus a token request), so only a crashed sender's claim expires
 * @param firstRetry    wait after the first failed attempt, doubled after each further one...
 * @param maxRetry      ...up to this
 * @param maxPerRun     most deliveries one run attempts, so a long queue does not hold the scheduler's thread long
 * @param followUpEvery how often the petition of a registered clue is looked at, until it is handled
 * @param followUpBatch most petitions looked at in one call to petition-service
 */
@ConfigurationProperties("outreach.exchange")
record ExchangeProperties(@DefaultValue("true") boolean scheduled, @DefaultValue("2s") Duration interval,
        @DefaultValue("30s") Duration lease, @DefaultValue("2s") Duration firstRetry,
        @DefaultValue("5m") Duration maxRetry, @DefaultValue("200") int maxPerRun,
        @DefaultValue("1m") Duration followUpEvery, @DefaultValue("50") int followUpBatch) {

    Backoff backoff() {
        return new Backoff(firstRetry, maxRetry);
    }
}
