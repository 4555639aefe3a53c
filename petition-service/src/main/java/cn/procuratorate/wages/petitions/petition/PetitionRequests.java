package cn.procuratorate.wages.petitions.petition;

import cn.procuratorate.wages.common.identifiers.CreditCode;
import cn.procuratorate.wages.common.identifiers.Industry;
import cn.procuratorate.wages.common.privacy.PersonalText;
import cn.procuratorate.wages.common.privacy.Phone;
import cn.procuratorate.wages.common.privacy.ResidentId;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import cn.procuratorate.wages.petitions.rules.UrgencySign;

/** The request bodies of the petition desk's API, validated before anything is read or written. */
final class PetitionRequests {

    static final String MONEY = "\\d{1,11}(\\.\\d{1,2})?";

    private PetitionRequests() {
    }

    /**
     * ID number and phone are {@link PersonalText}, not {@code String}: Spring prints request bodies and rejected
     * values in its debug lines, and this type prints itself without the value.
     */
    record NewPetition(
            @NotNull Channel channel,
            @NotBlank @Size(max = 100) String petitionerName,
            @Schema(type = "string", description = "resident ID number (居民身份证号码), optional", example = "11010519491231002X")
            @ResidentId PersonalText petitionerResidentId,
            @Schema(type = "string", description = "mobile or landline, optional", example = "138 1234 5678")
            @Phone PersonalText petitionerPhone,
            @Schema(description = "the facts as told") @NotBlank @Size(max = 4000) String summary,
            @Schema(description = "what the petitioner asks for (诉求)") @Size(max = 2000) String request,
            @NotBlank @Pattern(regexp = "\\d{6}") String regionCode,
            @Pattern(regexp = "[0-9a-f]{24}") String linkedCaseId,
            @Size(max = 200) String employerName,
            @CreditCode String employerCreditCode,
            @Size(max = 200) String projectName,
            @Industry String industryCode,
            @Schema(example = "12800.50") @Pattern(regexp = MONEY) String amountOwed,
            @Min(1) @Max(600) Integer monthsOwed,
            @Min(1) @Max(100000) Integer workersAffected,
            @Schema(description = "集体访/集体信: the petitioner speaks for a group of workers") Boolean group,
            @Size(max = 20) List<@NotNull @Valid AttachmentRequest> attachments,
            @Schema(description = "signs of urgency the clerk saw: they put the petition first")
            Set<UrgencySign> urgencySigns) {

        WageClaim wageClaim() {
            if (employerName == null && amountOwed == null && monthsOwed == null && workersAffected == null) {
                return null;
            }
            Long fen = amountOwed == null ? null : new BigDecimal(amountOwed).movePointRight(2).longValueExact();
            return new WageClaim(employerName == null ? null : employerName.strip(), fen, monthsOwed,
                    workersAffected);
        }

        Petition.Particulars particulars() {
            return new Petition.Particulars(employerCreditCode == null ? null : employerCreditCode.strip().toUpperCase(),
                    projectName, industryCode == null ? null : industryCode.strip().toUpperCase(),
                    request == null ? null : request.strip(), Boolean.TRUE.equals(group),
                    attachments == null ? List.of() : attachments.stream().map(AttachmentRequest::toAttachment)
                            .toList());
        }
    }

    /** Metadata of a file stored elsewhere; {@code storageRef} says where (the petition never holds the bytes). */
    record AttachmentRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Pattern(regexp = "[\\w.+-]+/[\\w.+-]+") String mediaType,
            @PositiveOrZero @Max(50L * 1024 * 1024) long size,
            @NotBlank @Pattern(regexp = "[0-9a-f]{64}") String sha256,
            @NotBlank @Size(max = 500) @Pattern(regexp = "[a-z][a-z0-9+.-]*://\\S+") String storageRef) {

        Attachment toAttachment() {
            return new Attachment(name.strip(), mediaType, size, sha256, storageRef);
        }
    }

    record NewReply(@NotNull ReplyKind kind, @NotBlank @Size(max = 4000) String text, @NotNull ReplyChannel channel,
            @Schema(description = "today when absent") LocalDate sentOn) {
    }

    /** Transferred, answered or merged (routing into a case has its own request). */
    record NewHandling(
            @NotNull HandlingOutcome outcome,
            @Schema(description = "TRANSFERRED: the agency, e.g. 某区人力资源和社会保障局劳动保障监察大队") @Size(max = 200)
            String agency,
            @Schema(description = "MERGED: the earlier petition it duplicates") @Pattern(regexp = "[0-9a-f]{24}")
            String mergedInto,
            @Schema(description = "the reason of a transfer, the answer given") @Size(max = 4000) String note) {

        @AssertTrue(message = "{petition.handling.fields}")
        @Schema(hidden = true)
        boolean isCompleteForItsOutcome() {
            if (outcome == null) {
                return true;
            }
            return switch (outcome) {
                case TRANSFERRED -> agency != null && !agency.isBlank() && note != null && !note.isBlank();
                case ANSWERED -> note != null && !note.isBlank();
                case MERGED -> mergedInto != null;
                case ROUTED_TO_CASE -> false;
            };
        }
    }

    /** What the case should be: what case-service needs beyond what the petition already says. */
    record NewRouting(
            @Schema(example = "WAGE_CRIME") @NotBlank
            @Pattern(regexp = "WAGE_CRIME|FALSE_LITIGATION|LAWSUIT_SUPPORT|CIVIL_JUDGMENT_SUPERVISION"
                    + "|ADMINISTRATIVE_JUDGMENT_SUPERVISION|ENFORCEMENT_SUPERVISION") String caseType,
            @Schema(example = "E4710") @NotBlank @Industry String industryCode,
            @NotBlank @Pattern(regexp = "COMPANY|INDIVIDUAL_BUSINESS|UNLICENSED_CONTRACTOR") String employerKind,
            @CreditCode String employerCreditCode) {
    }

    record Assignment(@NotBlank @Size(max = 100) String clerk) {
    }
}
