package cn.procuratorate.wages.outreach.detection;

import cn.procuratorate.wages.common.identifiers.SupervisingDepartment;
import cn.procuratorate.wages.outreach.clients.CaseStatisticsClient;
import cn.procuratorate.wages.outreach.clients.PetitionStatisticsClient;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * A systemic problem found in the figures, with what it rests on. Computed at request time, never stored: the same
 * kind, key, period and unit give the same {@code id}.
 *
 * @param key          what the finding is about: a credit code (or an employer's normalised name), {@code INDUSTRY:E4710},
 *                     {@code REGION:110105}, or the year of a Spring Festival
 * @param countedFrom  the sources whose figures were counted; fewer than the kind reads when one was unavailable
 */
public record Finding(String id, FindingKind kind, String key, String label, Department supervisingDepartment,
        List<Source> countedFrom, Evidence evidence) {

    /** The department that supervises wage payment where the problem lies (保障农民工工资支付条例 art. 7). */
    public record Department(SupervisingDepartment code, String name, String fullName) {

        static Department of(SupervisingDepartment department) {
            return new Department(department, department.shortLabel(), department.label());
        }
    }

    /** The rule's figures (counts, baseline, thresholds) and the statistics rows they were computed from. */
    public record Evidence(FindingFigures figures, List<SourceRow> rows) {
    }

    /** One row of a source's statistics answer, with the grouping and period it was asked for. */
    public record SourceRow(Source source, String groupBy, LocalDate from, LocalDate to,
            @Schema(oneOf = {CaseStatisticsClient.Row.class, PetitionStatisticsClient.Row.class}) Object row) {
    }
}
