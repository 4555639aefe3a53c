package cn.procuratorate.wages.petitions.petition;

import cn.procuratorate.wages.common.privacy.PersonalDataMasking.Disclosure;
import cn.procuratorate.wages.common.privacy.PersonalText;
import cn.procuratorate.wages.petitions.petition.PetitionerIdentity.Shown;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What the API answers about petitions: built from the stored document, never the document itself. */
final class PetitionViews {

    private PetitionViews() {
    }

    /** {@code personalData}: whether the ID number and phone are shown {@code MASKED} or in {@code FULL}. */
    record PetitionView(String id, Channel channel, String channelLabel, String unit, String petitionerName,
            @Schema(type = "string", example = "110105********002X") PersonalText petitionerResidentId,
            @Schema(type = "string", example = "138****5678") PersonalText petitionerPhone,
            Disclosure personalData, String summary, String request, String regionCode, String employerName,
            String employerCreditCode, String projectName, String industryCode, BigDecimal amountOwed,
            Integer monthsOwed, Integer workersAffected, boolean group, List<Attachment> attachments,
            PetitionStage stage, String stageLabel, Instant receivedAt, ReplyDue proceduralReply,
            ReplyDue resultReply, List<Reply> replies, Handling handling, RoutingView routing, PriorityView priority,
            String proposedDuplicateOf, String groupKey, String handlerClerk, String linkedCaseId,
            Set<PetitionWorkflow.Step> allowedSteps, Long version) {

        static PetitionView of(Petition p, Shown shown, LocalDate today) {
            WageClaim claim = p.wageClaim();
            return new PetitionView(p.id(), p.channel(), p.channel().label(), p.unit(), p.petitionerName(),
                    shown.residentId(), shown.phone(), shown.disclosure(), p.summary(), p.request(), p.regionCode(),
                    claim == null ? null : claim.employerName(), p.employerCreditCode(), p.projectName(),
                    p.industryCode(), claim == null || claim.amountOwedFen() == null ? null
                            : BigDecimal.valueOf(claim.amountOwedFen(), 2),
                    claim == null ? null : claim.monthsOwed(), claim == null ? null : claim.workersAffected(),
                    p.isGroup(), p.attachments(), p.stage(), p.stage().label(), p.receivedAt(),
                    ReplyDue.of(p.proceduralReplyDue(), p.proceduralReplySentOn(), p.stage(), today),
                    ReplyDue.of(p.resultReplyDue(), p.resultReplySentOn(), p.stage(), today), p.replies(),
                    p.handling(), RoutingView.of(p.routing()),
                    p.priorityLevel() == null ? null
                            : new PriorityView(p.priorityLevel(), p.priorityReasons(), p.priorityRank()),
                    p.proposedDuplicateOf(), p.groupKey(), p.handlerClerk(), p.linkedCaseId(),
                    PetitionWorkflow.allowed(p.stage(), p.proceduralReplySentOn() != null,
                            p.handling() == null ? null : p.handling().outcome()), p.version());
        }
    }

    /** A reply owed: when it is due, when it was sent, and whether it is late now. */
    record ReplyDue(LocalDate due, LocalDate sentOn, boolean overdue) {

        static ReplyDue of(LocalDate due, LocalDate sentOn, PetitionStage stage, LocalDate today) {
            return due == null ? null : new ReplyDue(due, sentOn,
                    sentOn == null && stage != PetitionStage.CLOSED && today.isAfter(due));
        }
    }

    /** The routing's delivery, without the sender's lease. */
    record RoutingView(String caseType, RoutingState state, Instant requestedAt, String requestedBy, int attempts,
            String lastError, String caseId, String caseNumber, Integer refusalStatus, String refusalDetail) {

        static RoutingView of(Routing r) {
            return r == null ? null : new RoutingView(r.caseType(), r.state(), r.requestedAt(), r.requestedBy(),
                    r.attempts(), r.lastError(), r.caseId(), r.caseNumber(), r.refusalStatus(), r.refusalDetail());
        }
    }

    record PriorityView(String level, List<String> reasons, int rank) {
    }
}
