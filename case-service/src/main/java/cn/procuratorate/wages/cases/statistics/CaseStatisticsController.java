package cn.procuratorate.wages.cases.statistics;

import cn.procuratorate.wages.common.web.ReportingPeriod;
import cn.procuratorate.wages.cases.casefile.Cases;
import cn.procuratorate.wages.cases.workflow.CaseType;
import cn.procuratorate.wages.common.identifiers.Industry;
import cn.procuratorate.wages.common.identifiers.IndustryCode;
import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.common.security.UnitScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases/statistics")
@Tag(name = "case statistics", description = "Case figures over a period, for the outreach service and supervisors")
class CaseStatisticsController {

    /** Procurators and supervisors (their unit's figures) and services (every unit's); not clerks or agencies. */
    static final String READERS = "hasAnyRole('PROCURATOR', 'SUPERVISOR', 'SERVICE')";

    private final CaseStatisticsStore store;
    private final Clock clock;

    CaseStatisticsController(CaseStatisticsStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "Cases, open cases, workers, wages owed and recovered per industry, region, employer, "
            + "general contractor, month, type or stage, over a period of registration",
            description = "Days are China calendar days, both ends included; a period may not exceed 5 years. "
                    + "Staff see their own unit's figures; a service sees every unit's, or one unit's with unit=. "
                    + "Money is yuan with 2 decimals, summed exactly from fen; months without cases are rows of 0.")
    CaseStatistics statistics(
            @RequestParam GroupBy groupBy,
            @Parameter(description = "first day, inclusive; 12 months before `to` when absent", example = "2026-01-01")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last day, inclusive; today when absent", example = "2026-12-31")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "services only: the unit to count (staff always count their own)")
            @RequestParam(required = false) @Pattern(regexp = "\\d{6}") String unit,
            @Parameter(description = "region prefix: 2 digits (province, 32 = 江苏), 4 (prefecture) or 6 (county)")
            @RequestParam(required = false) @Pattern(regexp = "\\d{2}|\\d{4}|\\d{6}") String regionCode,
            @Parameter(description = "industry prefix (GB/T 4754-2017): E, E48, E481 or E4812")
            @RequestParam(required = false) @Industry String industryCode,
            @RequestParam(required = false) CaseType type) {
        ReportingPeriod period = ReportingPeriod.of(from, to, LocalDate.now(clock.withZone(Cases.CHINA)));
        StatisticsQuery query = new StatisticsQuery(groupBy, period, UnitScope.forRead(Caller.required(), unit),
                regionCode,
                industryCode == null ? null : IndustryCode.normalise(industryCode), type);
        return CaseStatistics.of(query, store.figures(query));
    }
}
