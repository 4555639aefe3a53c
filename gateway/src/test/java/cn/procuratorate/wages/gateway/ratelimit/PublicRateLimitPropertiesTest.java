package cn.procuratorate.wages.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicRateLimitPropertiesTest {

    @Test
    void theStoreIsMemoryOrRedis() {
        assertThat(withStore("memory").store()).isEqualTo("memory");
        assertThat(withStore("redis").store()).isEqualTo("redis");
        // Neither a silent per-instance limit nor a missing-bean error: the start stops naming the choices.
        assertThatIllegalArgumentException().isThrownBy(() -> withStore("redsi"))
                .withMessage("gateway.public-rate-limits.store must be one of [memory, redis], is: redsi");
    }

    private static PublicRateLimitProperties withStore(String store) {
        return new PublicRateLimitProperties(null, null, null, List.of(), "", store, 100_000, Duration.ofMillis(200));
    }
}
