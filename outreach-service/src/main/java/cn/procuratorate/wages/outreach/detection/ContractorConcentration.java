package cn.procuratorate.wages.outreach.detection;

import cn.procuratorate.wages.common.identifiers.SupervisingDepartment;
import cn.procuratorate.wages.outreach.clients.CaseStatisticsClient.CaseStatistics;
import cn.procuratorate.wages.outreach.clients.CaseStatisticsClient.Row;
import cn.procuratorate.wages.outreach.detection.Finding.SourceRow;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * General contractors (总承包单位) behind many arrears: at least {@code minCases} cases in the period on projects
 * they contract, whoever the defaulting subcontractor was. The contractor answers for its subcontractors' wages
 * (保障农民工工资支付条例 art. 30), so arrears gathering under one contractor point at its management of wage
 * accounts and deposits. Construction units (建设单位) are not recorded by case-service, and petitions record neither.
 */
final class ContractorConcentration {

    /** Design choice: more than a repeat employer's 3, as a contractor runs several projects at once. */
    static final int DEFAULT_MIN_CASES = 5;

    record Settings(int minCases) {

        Settings {
            if (minCases < 2) {
                throw new IllegalArgumentException("A concentration takes at least 2 cases: " + minCases);
            }
        }

        static Settings defaults() {
            return new Settings(DEFAULT_MIN_CASES);
        }
    }

    /** @param industryCode the industry of the contractor's latest case */
    record Figures(long cases, long openCases, long workers, BigDecimal owed, String industryCode, int minCases)
            implements FindingFigures {
    }

    private final Settings settings;

    ContractorConcentration(Settings settings) {
        this.settings = settings;
    }

    /** Most cases first. */
    List<Finding> find(CaseStatistics contractors, RuleContext context) {
        return contractors.rows().stream().filter(row -> row.key() != null && row.cases() >= settings.minCases())
                .sorted(Comparator.comparingLong(Row::cases).reversed().thenComparing(Row::key))
                .map(row -> finding(row, contractors, context)).toList();
    }

    private Finding finding(Row row, CaseStatistics contractors, RuleContext context) {
        Figures figures = new Figures(row.cases(), row.openCases(), row.workers(), row.owed(), row.industryCode(),
                settings.minCases());
        // General contractors build: 住建 when the industry does not say which construction sector.
        SupervisingDepartment department = Departments.ofIndustry(row.industryCode(),
                SupervisingDepartment.HOUSING_CONSTRUCTION);
        SourceRow evidence = new SourceRow(Source.CASES, contractors.groupBy().name(), contractors.period().from(),
                contractors.period().to(), row);
        return context.finding(FindingKind.CONTRACTOR_CONCENTRATION, row.key(),
                row.label() == null ? row.key() : row.label(), department, figures, List.of(evidence));
    }
}
