package cn.procuratorate.wages.console.petitions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** What the petition pages read from petition-service (fields shown only; the rest of the JSON is ignored). */
final class PetitionViews {

    private PetitionViews() {
    }

    /** A petition as listed and as shown; ID number and phone arrive masked. */
    record Petition(String id, String channel, String channelLabel, String petitionerName,
            String petitionerResidentId, String petitionerPhone, String summary, String request, String regionCode,
            String employerName, String employerCreditCode, String projectName, String industryCode,
            BigDecimal amountOwed, Integer monthsOwed, Integer workersAffected, Boolean group, String stage,
            String stageLabel, Instant receivedAt, ReplyDue proceduralReply, ReplyDue resultReply,
            List<Reply> replies, Handling handling, Routing routing, Priority priority, String proposedDuplicateOf,
            String handlerClerk, String linkedCaseId, List<String> allowedSteps, Long version) {

        Petition {
            replies = replies == null ? List.of() : replies;
            allowedSteps = allowedSteps == null ? List.of() : allowedSteps;
        }

        /** The earliest reply still owed (procedural first), or null when none is. */
        public ReplyDue nextReply() {
            if ("CLOSED".equals(stage)) {
                return null;
            }
            if (proceduralReply != null && proceduralReply.sentOn() == null) {
                return proceduralReply;
            }
            return resultReply != null && resultReply.sentOn() == null ? resultReply : null;
        }

        public boolean routable() {
            return routing == null && allowedSteps.contains("HANDLE");
        }
    }

    /** A reply owed: its due date, when it was sent. */
    record ReplyDue(LocalDate due, LocalDate sentOn, Boolean overdue) {

        /** Days from {@code today} to the due date (negative: overdue). */
        public long daysLeft(LocalDate today) {
            return ChronoUnit.DAYS.between(today, due);
        }
    }

    record Reply(String kind, String text, String channel, LocalDate sentOn, String sentBy) {
    }

    record Handling(String outcome, String agency, String mergedInto, String note, LocalDate handledOn) {
    }

    /** Handled without a case (routing into a case has its own form). */
    static final List<String> HANDLING_OUTCOMES = List.of("TRANSFERRED", "ANSWERED", "MERGED");

    /** Routing into a case: PENDING (tried again later), DELIVERED (the case), REFUSED (case-service's reason). */
    record Routing(String caseType, String state, String stateLabel, Instant requestedAt, String requestedBy,
            Integer attempts, Instant nextAttemptAt, String lastError, String caseId, String caseNumber,
            Integer refusalStatus, String refusalDetail) {
    }

    record Priority(String level, List<String> reasons, Integer rank) {
    }

    record TimelineEntry(Instant at, String actor, String action, String summary, String reason) {
    }
}
