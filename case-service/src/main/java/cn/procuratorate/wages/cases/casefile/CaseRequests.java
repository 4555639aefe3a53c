package cn.procuratorate.wages.cases.casefile;

import cn.procuratorate.wages.cases.recovery.PaymentChannel;
import cn.procuratorate.wages.cases.workflow.CaseFacts;
import cn.procuratorate.wages.cases.workflow.CaseType;
import cn.procuratorate.wages.cases.workflow.EntryPoint;
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
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The request bodies of the case API, validated before anything is read or written. */
final class CaseRequests {

    static final String REGION_CODE = "\\d{6}";
    /** Yuan with at most 2 decimals, as a string: money never passes through binary floating point. */
    static final String MONEY = "\\d{1,11}(\\.\\d{1,2})?";
    static final int MAX_WORKERS = 1000;

    private CaseRequests() {
    }

    record NewCase(
            @NotNull CaseType type,
            @Schema(description = "where the workflow starts; the type's usual entry when absent") EntryPoint entry,
            @Schema(description = "criminal cases: the facts the time limits depend on") FactsRequest facts,
            @NotBlank @Size(max = 200) String title,
            @Schema(example = "110105") @NotBlank @Pattern(regexp = REGION_CODE) String regionCode,
            @Schema(description = "GB/T 4754-2017", example = "E4710") @NotBlank @Industry String industryCode,
            @NotNull @Valid EmployerRequest employer,
            @Valid ProjectRequest project,
            @Size(max = MAX_WORKERS) List<@NotNull @Valid WorkerRequest> workers,
            @Valid SourceRequest source,
            @Size(max = 100) String handlerId,
            @Schema(description = "the day it was received; today when absent") LocalDate receivedOn,
            @Schema(description = "only a service names it; staff register in their own unit")
            @Pattern(regexp = REGION_CODE) String unit) {

        List<WorkerRequest> workersOrNone() {
            return workers == null ? List.of() : workers;
        }
    }

    /** The facts criminal time limits depend on; an omitted one is false. */
    record FactsRequest(Boolean suspectDetained, Boolean majorCase, Boolean guiltyPlea, Boolean fastTrack,
            Boolean likelySentenceOverOneYear) {

        CaseFacts toFacts() {
            return new CaseFacts(isTrue(suspectDetained), isTrue(majorCase), isTrue(guiltyPlea), isTrue(fastTrack),
                    isTrue(likelySentenceOverOneYear));
        }

        private static boolean isTrue(Boolean value) {
            return Boolean.TRUE.equals(value);
        }
    }

    /** The descriptive part of a case, replaced as a whole by an update. */
    record CaseDescription(
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Pattern(regexp = REGION_CODE) String regionCode,
            @NotBlank @Industry String industryCode,
            @NotNull @Valid EmployerRequest employer,
            @Valid ProjectRequest project,
            @NotNull @Size(max = MAX_WORKERS) List<@NotNull @Valid WorkerRequest> workers) {
    }

    record EmployerRequest(
            @NotBlank @Size(max = 200) String name,
            @Schema(description = "GB 32100-2015; required unless the employer is an unlicensed contractor",
                    example = "91110108551385082Q") @CreditCode String creditCode,
            @NotNull EmployerKind kind) {

        /** A company or an individual business is registered, so it has a credit code; a 包工头 has none. */
        @AssertTrue(message = "{case.employer.credit-code-required}")
        @Schema(hidden = true)
        boolean isCreditCodeGivenWhenRegistered() {
            return kind == null || kind == EmployerKind.UNLICENSED_CONTRACTOR || (creditCode != null
                    && !creditCode.isBlank());
        }

        Employer toEmployer() {
            return new Employer(name.strip(), creditCode == null ? null : creditCode.strip().toUpperCase(), kind);
        }
    }

    record ProjectRequest(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 200) String generalContractorName,
            @CreditCode String generalContractorCreditCode) {

        Project toProject() {
            return new Project(name.strip(), generalContractorName,
                    generalContractorCreditCode == null ? null : generalContractorCreditCode.strip().toUpperCase());
        }
    }

    /** ID number and phone are {@link PersonalText}, so Spring's debug lines cannot print them. */
    record WorkerRequest(
            @Schema(description = "on an update: the id of a worker already in the case") @Size(max = 10) String id,
            @NotBlank @Size(max = 100) String name,
            @Schema(type = "string", description = "required for a new worker", example = "11010519491231002X")
            @ResidentId PersonalText residentId,
            @Schema(type = "string", example = "138 1234 5678") @Phone PersonalText phone,
            @Min(0) @Max(600) int monthsOwed,
            @Schema(example = "12800.50") @NotBlank @Pattern(regexp = MONEY) String amountOwed) {

        @AssertTrue(message = "{case.worker.resident-id-required}")
        @Schema(hidden = true)
        boolean isResidentIdGivenForNewWorker() {
            return id != null || residentId != null;
        }
    }

    record SourceRequest(@NotNull SourceKind kind, @Size(max = 64) @Pattern(regexp = "[\\w\\-]+") String id) {

        CaseSource toSource() {
            return new CaseSource(kind, id);
        }
    }

    record NewPayment(
            @NotBlank @Size(max = 10) String workerId,
            @Schema(example = "3000.00") @NotBlank @Pattern(regexp = MONEY) String amount,
            @NotNull LocalDate paidOn,
            @NotNull PaymentChannel channel) {
    }
}
