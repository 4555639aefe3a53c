package cn.procuratorate.wages.console.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the case pages read from case-service (just the fields shown; the rest of the JSON is ignored). */
final class CaseViews {

    private CaseViews() {
    }

    /** A row of the case list (case-service's CaseSummary). */
    record CaseRow(String id, String caseNumber, String type, String title, String regionCode, String employerName,
            String stage, String stageLabel, LocalDate dueOn, Boolean overdue, Long daysLeft, String handlerId,
            Integer workers, BigDecimal owed, BigDecimal recovered) {
    }

    /** One case in full; ID numbers and phones arrive masked. {@code version} is what If-Match must name. */
    record CaseView(String id, String caseNumber, String type, String typeLabel, String title, String regionCode,
            String industryCode, Employer employer, List<Worker> workers, String sourcePetitionId, Workflow workflow,
            Recovery recovery, Instant createdAt, Long version) {

        CaseView {
            workers = workers == null ? List.of() : workers;
        }
    }

    record Employer(String name, String creditCode, String kind) {
    }

    record Worker(String id, String name, String residentId, String phone, Integer monthsOwed, BigDecimal amountOwed,
            BigDecimal recovered, BigDecimal outstanding) {
    }

    record Workflow(String stage, String stageLabel, LocalDate receivedOn, LocalDate stageStartedOn, LocalDate dueOn,
            Boolean overdue, Long daysLeft, String handlerId, Boolean extensionGranted, Integer supplementaryRounds) {
    }

    /** {@code recoveryRate} is a fraction (0.4 = 40 %). */
    record Recovery(BigDecimal owed, BigDecimal recovered, BigDecimal outstanding, BigDecimal recoveryRate,
            Map<String, BigDecimal> byChannel) {
    }

    /** An action the caller may take now (GET /api/cases/{id}/transitions). */
    record Action(String action, String label, Boolean decision) {
    }

    record TimelineEntry(Instant at, String actor, String role, String action, String summary, String reason) {
    }

    record Payment(String workerId, BigDecimal amount, LocalDate paidOn, String channel, String channelLabel,
            String recordedBy, Instant recordedAt) {
    }

    /** The threshold assessment of a wage crime (Criminal Law art. 276-1), reason by reason. */
    record Assessment(String outcome, List<Reason> reasons, String sentenceBand, String leniencyStage) {

        Assessment {
            reasons = reasons == null ? List.of() : reasons;
        }
    }

    record Reason(String condition, String finding, String code, String explanation) {
    }
}
