package cn.procuratorate.wages.outreach.clients;

import org.springframework.cloud.openfeign.FallbackFactory;
import org.springframework.stereotype.Component;

/** Not a fallback that invents figures: a failed read is reported, never replaced by an empty answer. */
@Component
class CaseStatisticsFailures implements FallbackFactory<CaseStatisticsClient> {

    @Override
    public CaseStatisticsClient create(Throwable cause) {
        return (groupBy, from, to, unit) -> {
            throw StatisticsReadFailures.of(CaseStatisticsClient.SERVICE, cause);
        };
    }
}
