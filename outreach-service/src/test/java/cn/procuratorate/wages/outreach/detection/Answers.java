package cn.procuratorate.wages.outreach.detection;

import cn.procuratorate.wages.outreach.clients.CaseStatisticsClient;
import cn.procuratorate.wages.outreach.clients.CaseStatisticsClient.CaseStatistics;
import cn.procuratorate.wages.outreach.clients.PetitionStatisticsClient;
import cn.procuratorate.wages.outreach.clients.PetitionStatisticsClient.PetitionStatistics;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Statistics answers of both sources, as the clients read them, for the rules' tests. */
final class Answers {

    static final String UNIT = "110105";
    static final DetectionPeriod YEAR = new DetectionPeriod(LocalDate.parse("2025-11-27"),
            LocalDate.parse("2026-11-26"));

    private Answers() {
    }

    static RuleContext bothRead(DetectionPeriod period) {
        return new RuleContext(new DetectionScope(period, UNIT), List.of(Source.CASES, Source.PETITIONS));
    }

    static RuleContext read(DetectionPeriod period, Source... sources) {
        return new RuleContext(new DetectionScope(period, UNIT), List.of(sources));
    }

    static CaseStatistics cases(CaseStatisticsClient.GroupBy groupBy, DetectionPeriod period,
            CaseStatisticsClient.Row... rows) {
        return new CaseStatistics(new CaseStatisticsClient.Period(period.from(), period.to()), groupBy, UNIT,
                List.of(rows));
    }

    static PetitionStatistics petitions(PetitionStatisticsClient.GroupBy groupBy, DetectionPeriod period,
            PetitionStatisticsClient.Row... rows) {
        return new PetitionStatistics(new PetitionStatisticsClient.Period(period.from(), period.to()), groupBy, UNIT,
                List.of(rows));
    }

    static CaseStatisticsClient.Row caseRow(String key, long cases) {
        return company(key, null, null, cases);
    }

    static CaseStatisticsClient.Row company(String key, String label, String industryCode, long cases) {
        return new CaseStatisticsClient.Row(key, label, industryCode, cases, cases, cases * 2,
                new BigDecimal("1000.00").multiply(BigDecimal.valueOf(cases)), BigDecimal.ZERO.setScale(2));
    }

    static PetitionStatisticsClient.Row petitionRow(String key, long petitions, long routedToCases) {
        return petitionRow(key, null, petitions, routedToCases);
    }

    static PetitionStatisticsClient.Row petitionRow(String key, String label, long petitions, long routedToCases) {
        return new PetitionStatisticsClient.Row(key, label, petitions, petitions, new BigDecimal("500.00"), petitions,
                routedToCases);
    }

    static Tallies tallies(CaseStatistics cases, PetitionStatistics petitions) {
        return Tallies.of(Optional.ofNullable(cases), Optional.ofNullable(petitions));
    }
}
