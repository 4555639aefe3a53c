package cn.procuratorate.wages.console.outreach;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the outreach pages read from outreach-service (fields shown only). */
final class OutreachViews {

    private OutreachViews() {
    }

    record Suggestion(String id, String kind, String kindLabel, String stage, String stageLabel, Recipient recipient,
            String problem, String request, List<Evidence> evidence, Issue issue, List<SuggestionReply> replies,
            Rectification rectification, Closure closure, Boolean replyOverdue, Long daysUntilReplyDue,
            Boolean escalated, String createdBy, Instant createdAt, Long version) {

        Suggestion {
            evidence = evidence == null ? List.of() : evidence;
            replies = replies == null ? List.of() : replies;
        }
    }

    record Recipient(String kind, String name, String sector, String regionCode) {
    }

    record Evidence(String kind, String id, String label) {
    }

    record Issue(LocalDate issuedOn, String documentNumber, String delivery, LocalDate deliveredOn, Boolean urgent,
            LocalDate replyDueOn) {
    }

    record SuggestionReply(LocalDate receivedOn, String text, String adoption, String reasons, Boolean late) {
    }

    record Rectification(LocalDate completedOn, String description) {
    }

    record Closure(LocalDate on, String note) {
    }

    record TimelineEntry(Instant at, String actor, String action, String summary) {
    }

    record Campaign(String id, String title, String audience, String industryCode, String regionCode,
            LocalDate startsOn, LocalDate endsOn, Venue venue, List<String> partnerAgencies, Integer peopleReached,
            String summary) {
    }

    record Venue(String kind, String name) {
    }

    /** {@code GET /api/outreach/findings}: the period, whether a source was missing, the findings. */
    record FindingsAnswer(Period period, Boolean partial, List<String> missing, List<Finding> findings) {

        FindingsAnswer {
            findings = findings == null ? List.of() : findings;
            missing = missing == null ? List.of() : missing;
        }
    }

    record Period(LocalDate from, LocalDate to) {
    }

    record Finding(String id, String kind, String key, String label, Department supervisingDepartment,
            List<String> countedFrom, FindingEvidence evidence) {
    }

    record Department(String code, String name, String fullName) {
    }

    /** The figures the rule compared, and the statistics rows they came from. */
    record FindingEvidence(Map<String, Object> figures, List<EvidenceRow> rows) {

        FindingEvidence {
            figures = figures == null ? Map.of() : figures;
            rows = rows == null ? List.of() : rows;
        }
    }

    record EvidenceRow(String source, String groupBy, LocalDate from, LocalDate to, Map<String, Object> row) {
    }

    record DraftAnswer(String suggestionId, String findingId, Long version) {
    }
}
