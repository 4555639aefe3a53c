package cn.procuratorate.wages.common.remote;

import static org.assertj.core.api.Assertions.assertThat;

import feign.Target;
import org.junit.jupiter.api.Test;

class FeignBreakerNamesTest {

    interface Employers {
        String summary();
    }

    @Test
    void everyClientOfAServiceSharesTheServicesBreakerWhateverItsContextId() throws Exception {
        Target<Employers> target = new Target.HardCodedTarget<>(Employers.class, "case-service", "http://localhost");

        assertThat(new FeignBreakerNames().resolveCircuitBreakerName("case-service-employers", target,
                Employers.class.getMethod("summary"))).isEqualTo("case-service");
    }
}
