package cn.procuratorate.wages.outreach.clients;

import org.springframework.cloud.openfeign.FallbackFactory;
import org.springframework.stereotype.Component;

/** Not a fallback that invents figures: a failed read is reported, never replaced by an empty answer. */
@Component
class PetitionStatisticsFailures implements FallbackFactory<PetitionStatisticsClient> {

    @Override
    public PetitionStatisticsClient create(Throwable cause) {
        return (groupBy, from, to, unit) -> {
            throw StatisticsReadFailures.of(PetitionStatisticsClient.SERVICE, cause);
        };
    }
}
