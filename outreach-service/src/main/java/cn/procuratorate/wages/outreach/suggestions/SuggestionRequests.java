package cn.procuratorate.wages.outreach.suggestions;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The request bodies of the suggestion API, validated before anything is read or written. */
final class SuggestionRequests {

    static final String REGION_CODE = "\\d{6}";
    static final int MAX_TEXT = 4000;
    static final int MAX_NOTE = 2000;
    static final int MAX_EVIDENCE = 100;

    private SuggestionRequests() {
    }

    @Schema(description = "A draft; the detection of systemic problems sends its finding as problem, the cases, "
            + "petitions and findings behind it as evidence, and its proposed text as request.")
    record NewSuggestion(
            @NotNull SuggestionKind kind,
            @Schema(description = "may wait until the draft is issued") @Valid RecipientRequest recipient,
            @Schema(description = "the problem found") @NotBlank @Size(max = MAX_TEXT) String problem,
            @Schema(description = "what the recipient is asked to do; needed to issue") @Size(max = MAX_TEXT)
            String request,
            @Size(max = MAX_EVIDENCE) List<@NotNull @Valid EvidenceRequest> evidence,
            @Schema(description = "only a service names it; staff draft in their own unit")
            @Pattern(regexp = REGION_CODE) String unit) {

        SuggestionContent toContent() {
            return content(kind, recipient, problem, request, evidence);
        }
    }

    /** The draft's content, replaced as a whole. */
    record SuggestionEdit(
            @NotNull SuggestionKind kind,
            @Valid RecipientRequest recipient,
            @NotBlank @Size(max = MAX_TEXT) String problem,
            @Size(max = MAX_TEXT) String request,
            @Size(max = MAX_EVIDENCE) List<@NotNull @Valid EvidenceRequest> evidence) {

        SuggestionContent toContent() {
            return content(kind, recipient, problem, request, evidence);
        }
    }

    record RecipientRequest(
            @NotNull Recipient.Kind kind,
            @Schema(example = "北京市朝阳区住房和城乡建设委员会") @NotBlank @Size(max = 100) String name,
            @NotNull Recipient.Sector sector,
            @Schema(example = "110105") @NotBlank @Pattern(regexp = REGION_CODE) String regionCode) {

        Recipient toRecipient() {
            return new Recipient(kind, name.strip(), sector, regionCode);
        }
    }

    record EvidenceRequest(
            @NotNull Evidence.Kind kind,
            @Schema(description = "the id in the service that owns it") @NotBlank @Pattern(regexp = "[\\w\\-]{1,64}")
            String id,
            @Schema(example = "110105-2026-00012 某建筑公司拖欠农民工工资案") @NotBlank @Size(max = 200) String label) {

        Evidence toEvidence() {
            return new Evidence(kind, id, label.strip());
        }
    }

    record IssueRequest(
            @Schema(description = "today when absent") LocalDate issuedOn,
            @Schema(example = "京朝检建〔2026〕3号") @Size(max = 60) String documentNumber,
            @NotNull Issue.Delivery delivery,
            @Schema(description = "the day of issue when absent; the reply period runs from it") LocalDate deliveredOn,
            @Schema(description = "a shorter reply period for an urgent matter; false when absent") Boolean urgent,
            @Schema(description = "urgent only: the reply period in days (15 when absent), under 2 months")
            @Min(1) @Max(366) Integer replyWithinDays) {
    }

    record ReplyRequest(
            @NotNull LocalDate receivedOn,
            @Schema(description = "what the reply says; a reply without text is an empty reply") @Size(max = MAX_TEXT)
            String text,
            @NotNull Reply.Adoption adoption,
            @Schema(description = "why it was not adopted, in full or in part") @Size(max = MAX_NOTE) String reasons) {

        Reply toReply() {
            return new Reply(receivedOn, stripped(text), adoption, stripped(reasons));
        }
    }

    record RectificationRequest(
            @NotNull LocalDate completedOn,
            @NotBlank @Size(max = MAX_TEXT) String description) {
    }

    record EscalationRequest(
            @Schema(description = "today when absent") LocalDate escalatedOn,
            @NotNull Escalation.Target target,
            @Schema(example = "北京市人民检察院第三分院") @NotBlank @Size(max = 100) String toWhom,
            @NotBlank @Size(max = MAX_NOTE) String reason) {
    }

    /** Why a suggestion is closed, or a draft withdrawn. */
    record Note(@NotBlank @Size(max = MAX_NOTE) String note) {
    }

    private static SuggestionContent content(SuggestionKind kind, RecipientRequest recipient, String problem,
            String request, List<EvidenceRequest> evidence) {
        return new SuggestionContent(kind, recipient == null ? null : recipient.toRecipient(), problem.strip(),
                stripped(request), evidence == null ? List.of() : evidence.stream().map(EvidenceRequest::toEvidence)
                        .toList());
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
