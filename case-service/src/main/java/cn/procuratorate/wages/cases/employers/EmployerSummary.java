package cn.procuratorate.wages.cases.employers;

import cn.procuratorate.wages.cases.recovery.WageTotals;
import cn.procuratorate.wages.cases.workflow.CaseType;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * An employer as the caller's cases show it. Money is yuan with 2 decimals, summed exactly from fen; {@code workers}
 * counts the workers listed in the cases (a person owed in two cases counts twice); dates are China calendar days
 * of registration.
 *
 * @param names the names the employer appears under, the latest first
 * @param regions the regions (GB/T 2260) of its cases, ascending
 */
record EmployerSummary(String creditCode, List<String> names, long cases, long openCases, long closedCases,
        List<TypeCount> byType, long workers, @Schema(example = "12800.50") BigDecimal owed,
        @Schema(example = "3000.00") BigDecimal recovered, @Schema(example = "9800.50") BigDecimal outstanding,
        LocalDate firstCaseOn, LocalDate lastCaseOn, List<String> regions, List<BlacklistFact> blacklistFacts) {

    /** @param cases at least one, oldest first */
    static EmployerSummary of(String creditCode, List<EmployerCase> cases, List<BlacklistFact> facts) {
        List<EmployerCase> newestFirst = new ArrayList<>(cases);
        Collections.reverse(newestFirst);
        LinkedHashSet<String> names = new LinkedHashSet<>();
        newestFirst.forEach(c -> names.add(c.employer().name()));
        Map<CaseType, Long> byType = new EnumMap<>(CaseType.class);
        cases.forEach(c -> byType.merge(c.type(), 1L, Long::sum));
        long open = cases.stream().filter(EmployerCase::open).count();
        WageTotals wages = cases.stream().map(EmployerCase::wages).reduce(WageTotals.NONE, WageTotals::plus);
        return new EmployerSummary(creditCode, List.copyOf(names), cases.size(), open, cases.size() - open,
                byType.entrySet().stream().map(e -> new TypeCount(e.getKey(), e.getKey().label(), e.getValue()))
                        .toList(),
                cases.stream().mapToLong(c -> c.workers().size()).sum(), wages.owed(), wages.recovered(),
                wages.outstanding(), cases.get(0).createdOn(), newestFirst.get(0).createdOn(),
                List.copyOf(new TreeSet<>(cases.stream().map(EmployerCase::regionCode).toList())), facts);
    }

    record TypeCount(CaseType type, String label, long cases) {
    }
}
