package cn.procuratorate.wages.petitions.referral;

import cn.procuratorate.wages.common.identifiers.CreditCode;
import cn.procuratorate.wages.common.identifiers.Industry;
import cn.procuratorate.wages.common.privacy.PersonalText;
import cn.procuratorate.wages.common.privacy.Phone;
import cn.procuratorate.wages.common.privacy.ResidentId;
import cn.procuratorate.wages.petitions.petition.HandlingOutcome;
import cn.procuratorate.wages.petitions.petition.Petition;
import cn.procuratorate.wages.petitions.petition.PetitionStage;
import cn.procuratorate.wages.petitions.petition.RoutingState;
import cn.procuratorate.wages.petitions.petition.WageClaim;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** What outreach-service sends when a partner agency's clue becomes a petition, and what it is answered. */
final class ReferralRequests {

    static final String MONEY = "\\d{1,11}(\\.\\d{1,2})?";
    static final String MONTH = "\\d{4}-(0[1-9]|1[0-2])";

    private ReferralRequests() {
    }

    /**
     * A clue of the national wage-arrears clue platform's shape (全国根治欠薪线索反映平台), as a partner agency pushed
     * it to outreach-service. {@code agency} is the agency's client id and {@code clueId} its own id of the clue:
     * together they name the clue, so a clue delivered twice is one petition.
     *
     * @param receivedAt when outreach-service received the clue: the reply deadlines count from then
     */
    record NewReferral(
            @Schema(example = "hrss-agency") @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}") String agency,
            @Schema(example = "HRSS") @NotBlank @Pattern(regexp = "HRSS|HOUSING|TRANSPORT|WATER") String sector,
            @Schema(example = "RS-2026-000123") @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String clueId,
            @NotNull @Valid Worker worker,
            @NotNull @Valid Employer employer,
            @Size(max = 200) String projectName,
            @Schema(description = "county-level region (GB/T 2260) whose procuratorate receives it", example = "110105")
            @NotBlank @Pattern(regexp = "\\d{6}") String regionCode,
            @Industry String industryCode,
            @Schema(example = "2026-03") @NotBlank @Pattern(regexp = MONTH) String arrearsFrom,
            @Schema(example = "2026-06") @NotBlank @Pattern(regexp = MONTH) String arrearsTo,
            @Schema(example = "12800.50") @NotBlank @Pattern(regexp = MONEY) @DecimalMin("0.01") String amountOwed,
            @Min(1) @Max(100000) Integer workersAffected,
            @NotBlank @Size(max = 2000) String workDescription,
            @NotNull Instant receivedAt) {

        @AssertTrue(message = "{referral.arrears-period}")
        @Schema(hidden = true)
        boolean isArrearsPeriodInOrder() {
            return arrearsFrom == null || arrearsTo == null || !arrearsFrom.matches(MONTH)
                    || !arrearsTo.matches(MONTH) || !YearMonth.parse(arrearsFrom).isAfter(YearMonth.parse(arrearsTo));
        }

        /** The agency's client ids have no slash, so the first one separates the two parts. */
        String key() {
            return agency + "/" + clueId;
        }

        WageClaim wageClaim() {
            long months = ChronoUnit.MONTHS.between(YearMonth.parse(arrearsFrom), YearMonth.parse(arrearsTo)) + 1;
            return new WageClaim(employer.name().strip(),
                    new BigDecimal(amountOwed).movePointRight(2).longValueExact(), Math.toIntExact(months),
                    workersAffected);
        }

        Petition.Particulars particulars() {
            return new Petition.Particulars(employer.creditCode().strip().toUpperCase(),
                    projectName == null ? null : projectName.strip(),
                    industryCode == null ? null : industryCode.strip().toUpperCase(), null,
                    workersAffected != null && workersAffected > 1, List.of());
        }

        /** The facts as the agency gave them, with what the petition has no field for, and where they came from. */
        String summary() {
            StringBuilder summary = new StringBuilder(workDescription.strip())
                    .append("\n（协作单位 ").append(agency).append(" 移送线索 ").append(clueId)
                    .append("；欠薪期间 ").append(arrearsFrom).append(" 至 ").append(arrearsTo);
            if (employer.address() != null && !employer.address().isBlank()) {
                summary.append("；用人单位地址：").append(employer.address().strip());
            }
            return summary.append("）").toString();
        }
    }

    /** ID number and phone are {@link PersonalText}: Spring's debug lines print request bodies. */
    record Worker(
            @NotBlank @Size(max = 100) String name,
            @Schema(type = "string", example = "11010519491231002X") @NotNull @ResidentId PersonalText residentId,
            @Schema(type = "string", example = "13812345678") @NotNull @Phone PersonalText phone) {
    }

    record Employer(
            @NotBlank @Size(max = 200) String name,
            @Schema(example = "91110108551385082Q") @NotBlank @CreditCode String creditCode,
            @Size(max = 300) String address) {
    }

    /** The petition a clue became. */
    record ReferralReceipt(String petitionId, String unit, Instant receivedAt, LocalDate proceduralReplyDue,
            LocalDate resultReplyDue) {

        static ReferralReceipt of(Petition petition) {
            return new ReferralReceipt(petition.id(), petition.unit(), petition.receivedAt(),
                    petition.proceduralReplyDue(), petition.resultReplyDue());
        }
    }

    /**
     * Where the petition of a referred clue stands: enough for the agency's feed (handled how, routed into which
     * case), nothing of the petitioner.
     *
     * @param outcome      how it was handled; {@code null} while it is not
     * @param routingState the delivery of its routing into a case; {@code null} unless routed
     * @param caseNumber   once case-service confirmed the case
     */
    record ReferralStatus(String petitionId, String unit, PetitionStage stage, HandlingOutcome outcome,
            RoutingState routingState, String caseNumber) {

        static ReferralStatus of(Petition petition) {
            boolean routed = petition.routing() != null;
            return new ReferralStatus(petition.id(), petition.unit(), petition.stage(),
                    petition.handling() == null ? null : petition.handling().outcome(),
                    routed ? petition.routing().state() : null,
                    routed && petition.routing().state() == RoutingState.DELIVERED ? petition.routing().caseNumber()
                            : null);
        }
    }
}
