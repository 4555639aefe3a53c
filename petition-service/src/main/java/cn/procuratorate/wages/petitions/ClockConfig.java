package cn.procuratorate.wages.petitions;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfig {

    /** Reply deadlines are computed from this clock, so tests can fix "today". */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
