package cn.procuratorate.wages.petitions.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5));

    @Test
    void doublesAfterEachFailureUpToTheCap() {
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.after(3)).isEqualTo(Duration.ofSeconds(8));
        assertThat(backoff.after(8)).isEqualTo(Duration.ofSeconds(256));
        assertThat(backoff.after(9)).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.after(10_000)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aDeliveryNeverAttemptedWaitsTheFirstDelay() {
        assertThat(backoff.after(0)).isEqualTo(Duration.ofSeconds(2));
    }
}
