package cn.procuratorate.wages.outreach.exchange.clue;

import cn.procuratorate.wages.common.identifiers.CreditCode;
import cn.procuratorate.wages.common.identifiers.Industry;
import cn.procuratorate.wages.common.identifiers.UnifiedSocialCreditCode;
import cn.procuratorate.wages.common.privacy.PersonalText;
import cn.procuratorate.wages.common.privacy.Phone;
import cn.procuratorate.wages.common.privacy.ResidentId;
import cn.procuratorate.wages.common.privacy.Sealed;
import cn.procuratorate.wages.outreach.exchange.Agency;
import cn.procuratorate.wages.outreach.exchange.AgencySector;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A wage-arrears clue with the fields of the national clue platform (全国根治欠薪线索反映平台): the worker (name,
 * resident ID, phone), the employer (name, credit code, address), the project, the arrears period and amount, what
 * the work was, and the sector it is filed under. ID number and phone are {@link PersonalText}: Spring prints request
 * bodies and rejected values in its debug lines, and this type prints itself without the value.
 */
@ArrearsPeriod
record NewClue(
        @Schema(description = "the agency's own id of the clue: pushing it again is answered with the same clue",
                example = "RS-2026-000123")
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String clueId,
        @NotNull @Valid Worker worker,
        @NotNull @Valid Employer employer,
        @Size(max = 200) String projectName,
        @Schema(description = "county-level region (GB/T 2260) where the work was done: its procuratorate receives "
                + "the clue", example = "110105")
        @NotBlank @Pattern(regexp = "\\d{6}") String regionCode,
        @Schema(description = "GB/T 4754 industry of the employer, optional", example = "E4710")
        @Industry String industryCode,
        @Schema(description = "first month owed", example = "2026-03") @NotBlank @Pattern(regexp = MONTH)
        String arrearsFrom,
        @Schema(description = "last month owed", example = "2026-06") @NotBlank @Pattern(regexp = MONTH)
        String arrearsTo,
        @Schema(description = "yuan, more than 0, at most 2 decimals", example = "24000.00")
        @NotBlank @Pattern(regexp = MONEY) @DecimalMin("0.01") String amountOwed,
        @Min(1) @Max(100000) Integer workersAffected,
        @NotBlank @Size(max = 2000) String workDescription,
        @Schema(description = "the calling agency's own sector", example = "HRSS")
        @NotBlank @Pattern(regexp = AgencySector.NAMES) String sector) {

    static final String MONTH = "\\d{4}-(0[1-9]|1[0-2])";
    static final String MONEY = "\\d{1,11}(\\.\\d{1,2})?";

    static boolean isMonth(String text) {
        return text != null && text.matches(MONTH);
    }

    record Worker(
            @NotBlank @Size(max = 100) String name,
            @Schema(type = "string", description = "resident ID number (居民身份证号码)", example = "11010519491231002X")
            @NotNull @ResidentId PersonalText residentId,
            @Schema(type = "string", example = "13812345678") @NotNull @Phone PersonalText phone) {
    }

    record Employer(
            @NotBlank @Size(max = 200) String name,
            @Schema(example = "91110108551385082Q") @NotBlank @CreditCode String creditCode,
            @Size(max = 300) String address) {
    }

    long amountOwedFen() {
        return new BigDecimal(amountOwed).movePointRight(2).longValueExact();
    }

    /** The clue to store, pending delivery, with the worker's ID number and phone already sealed. */
    Clue toClue(Agency agency, String fingerprint, Sealed residentId, Sealed phone, Instant receivedAt) {
        return Clue.received(agency.id(), agency.sector(), clueId, fingerprint,
                new Clue.Worker(worker.name().strip(), residentId, phone),
                new Clue.Employer(employer.name().strip(), UnifiedSocialCreditCode.normalise(employer.creditCode()),
                        blankToNull(employer.address())),
                blankToNull(projectName), regionCode, industryCode == null ? null : industryCode.strip().toUpperCase(),
                new Clue.Arrears(arrearsFrom, arrearsTo, amountOwedFen(), workersAffected), workDescription.strip(),
                receivedAt);
    }

    /**
     * Everything the push said, normalised (the ID number and phone as they are sealed), for its fingerprint: a
     * repeated push is a retry only when this is the same.
     */
    String content(String residentId, String phone) {
        return Stream.of(clueId, worker.name().strip(), residentId, phone, employer.name().strip(),
                        UnifiedSocialCreditCode.normalise(employer.creditCode()), blankToNull(employer.address()),
                        blankToNull(projectName), regionCode, industryCode, arrearsFrom, arrearsTo,
                        String.valueOf(amountOwedFen()), Objects.toString(workersAffected, null),
                        workDescription.strip(), sector)
                .map(value -> value == null ? "" : value)
                .collect(Collectors.joining("\u001f"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
