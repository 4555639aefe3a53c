package cn.procuratorate.wages.console.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class IssuedCodesTest {

    /** A clock the test moves on. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-03-02T01:30:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovingClock clock = new MovingClock();
    final IssuedCodes codes = new IssuedCodes(clock);

    @Test
    void theSameFormFindsItsCodeForAFewMinutesThenNoMore() {
        codes.remember("form-1", "CODE1");

        clock.now = clock.now.plus(IssuedCodes.KEPT_FOR.minusSeconds(1));
        assertThat(codes.recall("form-1")).contains("CODE1");
        assertThat(codes.recall("form-2")).isEmpty();

        clock.now = clock.now.plus(Duration.ofSeconds(2));
        assertThat(codes.recall("form-1")).isEmpty();
    }

    @Test
    void theOldestCodeMakesRoomWhenFull() {
        for (int i = 0; i < IssuedCodes.MAX_CODES + 1; i++) {
            codes.remember("form-" + i, "CODE" + i);
        }

        assertThat(codes.recall("form-0")).isEmpty();
        assertThat(codes.recall("form-1")).contains("CODE1");
        assertThat(codes.recall("form-" + IssuedCodes.MAX_CODES)).contains("CODE" + IssuedCodes.MAX_CODES);
    }
}
