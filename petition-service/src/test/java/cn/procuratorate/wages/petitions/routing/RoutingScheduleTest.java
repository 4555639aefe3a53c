package cn.procuratorate.wages.petitions.routing;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.procuratorate.wages.petitions.routing.RoutingSender.Outcome;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RoutingScheduleTest {

    private final RoutingSender sender = mock(RoutingSender.class);

    private RoutingSchedule schedule(int maxPerRun) {
        return new RoutingSchedule(sender, new RoutingProperties(true, Duration.ofSeconds(2), Duration.ofSeconds(30),
                Duration.ofSeconds(2), Duration.ofMinutes(5), maxPerRun));
    }

    @Test
    void aRunDeliversWhatIsDueUntilNothingIsLeft() {
        when(sender.deliverNext()).thenReturn(Outcome.DELIVERED, Outcome.REFUSED, Outcome.DELIVERED,
                Outcome.NOTHING_CLAIMED);
        schedule(200).run();
        verify(sender, times(4)).deliverNext();
    }

    @Test
    void aRunStopsAtTheFirstFailureSoTheOthersKeepTheirTurnForTheNextRun() {
        when(sender.deliverNext()).thenReturn(Outcome.DELIVERED, Outcome.RETRY_LATER, Outcome.DELIVERED);
        schedule(200).run();
        verify(sender, times(2)).deliverNext();
    }

    @Test
    void aRunAttemptsAtMostItsShareAndSurvivesADatabaseFailure() {
        when(sender.deliverNext()).thenReturn(Outcome.DELIVERED);
        schedule(3).run();
        verify(sender, times(3)).deliverNext();

        RoutingSender broken = mock(RoutingSender.class);
        when(broken.deliverNext()).thenThrow(new org.springframework.dao.DataAccessResourceFailureException("down"));
        new RoutingSchedule(broken, new RoutingProperties(true, Duration.ofSeconds(2), Duration.ofSeconds(30),
                Duration.ofSeconds(2), Duration.ofMinutes(5), 10)).run();
        verify(broken, times(1)).deliverNext();
    }
}
