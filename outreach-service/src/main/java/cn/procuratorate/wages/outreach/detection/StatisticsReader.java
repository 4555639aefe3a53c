package cn.procuratorate.wages.outreach.detection;

import cn.procuratorate.wages.common.problem.DependencyUnavailableException;
import cn.procuratorate.wages.common.remote.RemoteCallFailures;
import cn.procuratorate.wages.outreach.clients.CaseStatisticsClient;
import cn.procuratorate.wages.outreach.clients.PetitionStatisticsClient;
import cn.procuratorate.wages.outreach.detection.DetectionInputs.CaseFigures;
import cn.procuratorate.wages.outreach.detection.DetectionInputs.PetitionFigures;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Reads the statistics the rules need, 7 answers from case-service and 6 from petition-service, one after the other
 * in the caller's request (so each call relays the caller's token and request id). A source is read whole or not at
 * all: its first failure ends its reading, so an outage costs one timeout, not one per answer; a refusal (4xx) is no
 * outage and fails the request with its status.
 */
@Component
class StatisticsReader {

    private final CaseStatisticsClient cases;
    private final PetitionStatisticsClient petitions;

    StatisticsReader(CaseStatisticsClient cases, PetitionStatisticsClient petitions) {
        this.cases = cases;
        this.petitions = petitions;
    }

    DetectionInputs read(DetectionScope scope) {
        return new DetectionInputs(scope, attempt(() -> caseFigures(scope)), attempt(() -> petitionFigures(scope)));
    }

    private CaseFigures caseFigures(DetectionScope scope) {
        DetectionPeriod period = scope.period();
        DetectionPeriod quarter = period.lastQuarter();
        DetectionPeriod before = period.quartersBefore();
        String unit = scope.unit();
        return new CaseFigures(
                cases.statistics(CaseStatisticsClient.GroupBy.EMPLOYER, period.from(), period.to(), unit),
                cases.statistics(CaseStatisticsClient.GroupBy.GENERAL_CONTRACTOR, period.from(), period.to(), unit),
                cases.statistics(CaseStatisticsClient.GroupBy.MONTH, period.from(), period.to(), unit),
                cases.statistics(CaseStatisticsClient.GroupBy.INDUSTRY, quarter.from(), quarter.to(), unit),
                cases.statistics(CaseStatisticsClient.GroupBy.INDUSTRY, before.from(), before.to(), unit),
                cases.statistics(CaseStatisticsClient.GroupBy.REGION, quarter.from(), quarter.to(), unit),
                cases.statistics(CaseStatisticsClient.GroupBy.REGION, before.from(), before.to(), unit));
    }

    private PetitionFigures petitionFigures(DetectionScope scope) {
        DetectionPeriod period = scope.period();
        DetectionPeriod quarter = period.lastQuarter();
        DetectionPeriod before = period.quartersBefore();
        String unit = scope.unit();
        return new PetitionFigures(
                petitions.statistics(PetitionStatisticsClient.GroupBy.EMPLOYER, period.from(), period.to(), unit),
                petitions.statistics(PetitionStatisticsClient.GroupBy.MONTH, period.from(), period.to(), unit),
                petitions.statistics(PetitionStatisticsClient.GroupBy.INDUSTRY, quarter.from(), quarter.to(), unit),
                petitions.statistics(PetitionStatisticsClient.GroupBy.INDUSTRY, before.from(), before.to(), unit),
                petitions.statistics(PetitionStatisticsClient.GroupBy.REGION, quarter.from(), quarter.to(), unit),
                petitions.statistics(PetitionStatisticsClient.GroupBy.REGION, before.from(), before.to(), unit));
    }

    private static <T> SourceRead<T> attempt(Supplier<T> reading) {
        try {
            return SourceRead.read(reading.get());
        } catch (DependencyUnavailableException unavailable) {
            return SourceRead.failed(RemoteCallFailures.reason(unavailable));
        }
    }
}
