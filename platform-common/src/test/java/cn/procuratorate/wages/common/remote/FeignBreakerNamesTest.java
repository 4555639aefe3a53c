package cn.procuratorate.wages.common.remote;

import static org.assertj.core.api.Assertions.assertThat;

import feign.Target.HardCodedTarget;
import org.junit.jupiter.api.Test;

class FeignBreakerNamesTest {

    interface Statistics {
        String read();
    }

    @Test
    void clientsOfOneServiceWithContextIdsOfTheirOwnShareTheServicesBreaker() throws Exception {
        HardCodedTarget<Statistics> target = new HardCodedTarget<>(Statistics.class, "case-service",
                "http://case-service");

        assertThat(new FeignBreakerNames().resolveCircuitBreakerName("case-statistics", target,
                Statistics.class.getMethod("read"))).isEqualTo("case-service");
    }
}
