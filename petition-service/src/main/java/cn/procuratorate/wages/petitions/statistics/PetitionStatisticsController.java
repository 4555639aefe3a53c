package cn.procuratorate.wages.petitions.statistics;

import cn.procuratorate.wages.common.web.ReportingPeriod;
import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.common.security.UnitScope;
import cn.procuratorate.wages.petitions.petition.Petitions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/petitions/statistics")
@Tag(name = "petition statistics",
        description = "Petition figures, overdue replies and repeat employers, for the outreach service and the desk")
class PetitionStatisticsController {

    /**
     * Staff of a unit, the desk included (it watches its overdue replies), see their unit's figures; services every
     * unit's. Partner agencies are refused.
     */
    static final String READERS = "hasAnyRole('CLERK', 'PROCURATOR', 'SUPERVISOR', 'SERVICE')";
    /** Design choice: the 3 years an employer stays on the arrears blacklist (保障农民工工资支付条例). */
    static final int MAX_MONTHS = 36;

    private final PetitionStatisticsStore store;
    private final Petitions petitions;

    PetitionStatisticsController(PetitionStatisticsStore store, Petitions petitions) {
        this.store = store;
        this.petitions = petitions;
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "Petitions, workers affected, amount claimed, open petitions, overdue replies and petitions "
            + "routed into cases, per industry, region, employer, month, channel or stage, over a period of receipt",
            description = "Days are China calendar days, both ends included; a period may not exceed 5 years. Staff "
                    + "see their own unit's figures; a service sees every unit's, or one unit's with unit=. Money is "
                    + "yuan with 2 decimals, summed exactly from fen; months without petitions are rows of 0. "
                    + "Employers are keyed by credit code, or by normalised name when they have none.")
    PetitionStatistics statistics(
            @RequestParam GroupBy groupBy,
            @Parameter(description = "first day, inclusive; 12 months before `to` when absent", example = "2026-01-01")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last day, inclusive; today when absent", example = "2026-12-31")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "services only: the unit to count (staff always count their own)")
            @RequestParam(required = false) @Pattern(regexp = "\\d{6}") String unit) {
        LocalDate today = petitions.today();
        StatisticsQuery query = new StatisticsQuery(groupBy, ReportingPeriod.of(from, to, today),
                UnitScope.forRead(Caller.required(), unit), today);
        if (groupBy == GroupBy.EMPLOYER) {
            return PetitionStatistics.ofEmployers(query,
                    EmployerGroups.of(store.employers(query.unit(), query.period(), today)));
        }
        return PetitionStatistics.of(query, store.figures(groupBy, query.unit(), query.period(), today));
    }

    @GetMapping("/overdue-replies")
    @PreAuthorize(READERS)
    @Operation(summary = "Procedural and result replies overdue today, per unit and per handling clerk",
            description = "Staff see their unit and its clerks; a service sees every unit, or one unit and its "
                    + "clerks with unit=.")
    OverdueReplies overdueReplies(
            @Parameter(description = "services only: the unit to count (staff always count their own)")
            @RequestParam(required = false) @Pattern(regexp = "\\d{6}") String unit) {
        Optional<String> counted = UnitScope.forRead(Caller.required(), unit);
        LocalDate today = petitions.today();
        return OverdueReplies.of(today, counted.orElse(null), store.overdueReplies(counted, today));
    }

    @GetMapping("/repeat-employers")
    @PreAuthorize(READERS)
    @Operation(summary = "Employers with at least minPetitions petitions received in the last months months",
            description = "Employers are the same when their credit codes are, or without one when their names are "
                    + "once normalised. With the units and regions that received them, for the detection of "
                    + "systemic problems.")
    RepeatEmployers repeatEmployers(
            @Parameter(description = "at least this many petitions") @RequestParam(defaultValue = "3")
            @Min(2) @Max(1000) int minPetitions,
            @Parameter(description = "received in this many months up to today, at most 36") @RequestParam(
                    defaultValue = "12") @Min(1) @Max(MAX_MONTHS) int months,
            @Parameter(description = "services only: the unit to count (staff always count their own)")
            @RequestParam(required = false) @Pattern(regexp = "\\d{6}") String unit) {
        Optional<String> counted = UnitScope.forRead(Caller.required(), unit);
        LocalDate today = petitions.today();
        // As the statistics' default period: from the same day M months ago, both ends included.
        ReportingPeriod period = ReportingPeriod.of(today.minusMonths(months), today, today);
        return RepeatEmployers.of(period, counted.orElse(null), minPetitions, months,
                EmployerGroups.of(store.employers(counted, period, today)));
    }
}
