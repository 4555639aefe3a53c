package cn.procuratorate.wages.cases.statistics;

import cn.procuratorate.wages.common.web.ReportingPeriod;
import cn.procuratorate.wages.cases.casefile.Cases;
import cn.procuratorate.wages.common.web.ReportingPeriod.PeriodRefused;
import cn.procuratorate.wages.cases.workflow.CaseType;
import cn.procuratorate.wages.common.identifiers.Industry;
import cn.procuratorate.wages.common.identifiers.IndustryCode;
import cn.procuratorate.wages.common.problem.ApiException;
import cn.procuratorate.wages.common.problem.ProblemDetailsHandler.FieldProblem;
import cn.procuratorate.wages.common.problem.ProblemKind;
import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.common.security.UnitScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
    private final MessageSource messages;
    private final Clock clock;

    CaseStatisticsController(CaseStatisticsStore store, MessageSource messages, Clock clock) {
        this.store = store;
        this.messages = messages;
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
        ReportingPeriod period;
        try {
            period = ReportingPeriod.of(from, to, LocalDate.now(clock.withZone(Cases.CHINA)));
        } catch (PeriodRefused refused) {
            throw invalid(refused);
        }
        StatisticsQuery query = new StatisticsQuery(groupBy, period, unitOf(Caller.required(), unit), regionCode,
                industryCode == null ? null : IndustryCode.normalise(industryCode), type);
        return CaseStatistics.of(query, store.figures(query));
    }

    /** Staff count their own unit and may name only it; a service counts every unit unless it names one. */
    private static Optional<String> unitOf(Caller caller, String requested) {
        Optional<String> own = UnitScope.readable(caller);
        if (own.isEmpty()) {
            return Optional.ofNullable(requested);
        }
        if (requested != null && !requested.equals(own.get())) {
            throw new ApiException(ProblemKind.FORBIDDEN, "statistics.detail.other-unit", requested);
        }
        return own;
    }

    /** The same shape as a refused parameter constraint: a validation problem listing the field and why. */
    private ApiException invalid(PeriodRefused refused) {
        String message = messages.getMessage(refused.messageCode(), refused.messageArgs(),
                LocaleContextHolder.getLocale());
        return new ApiException(ProblemKind.VALIDATION, refused, "problem.detail.validation")
                .with("errors", List.of(new FieldProblem(refused.parameter(), message)));
    }
}
