package cn.procuratorate.wages.console.publicsite;

import cn.procuratorate.wages.common.privacy.Phone;
import cn.procuratorate.wages.common.privacy.ResidentId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The online petition form as the browser sends it: every field text, blanks already turned into {@code null}.
 * The constraints are those of petition-service's {@code OnlinePetition}, with platform-common's own {@link Phone}
 * and {@link ResidentId} (GB 11643 check character), so the page says what the service would refuse, in the same
 * words, before anything is sent; the service still decides. {@link PetitionFormCheck} checks one field as the
 * worker types. A JavaBean (not a record) so that the template reads it back into the form.
 */
public class PetitionForm {

    /** The fields in the order of the form: what the as-you-type check accepts as a field name. */
    static final List<String> FIELDS = List.of("petitionerName", "phone", "residentId", "regionCode", "employerName",
            "amountOwed", "monthsOwed", "workersAffected", "summary");

    @NotBlank(message = "{public.petition.error.name-required}")
    @Size(max = 100, message = "{public.petition.error.too-long}")
    private String petitionerName;

    @NotBlank(message = "{public.petition.error.phone-required}")
    @Phone
    private String phone;

    @ResidentId
    private String residentId;

    @NotBlank(message = "{public.petition.error.region-required}")
    @Pattern(regexp = "\\d{6}", message = "{public.petition.error.region-required}")
    private String regionCode;

    @NotBlank(message = "{public.petition.error.employer-required}")
    @Size(max = 200, message = "{public.petition.error.too-long}")
    private String employerName;

    @Pattern(regexp = "\\d{1,11}(\\.\\d{1,2})?", message = "{public.petition.error.amount}")
    private String amountOwed;

    @Pattern(regexp = "\\d{1,9}", message = "{public.petition.error.whole-number}")
    @Min(value = 1, message = "{public.petition.error.months}")
    @Max(value = 600, message = "{public.petition.error.months}")
    private String monthsOwed;

    @Pattern(regexp = "\\d{1,9}", message = "{public.petition.error.whole-number}")
    @Min(value = 1, message = "{public.petition.error.workers}")
    @Max(value = 100000, message = "{public.petition.error.workers}")
    private String workersAffected;

    @NotBlank(message = "{public.petition.error.summary-required}")
    @Size(max = 4000, message = "{public.petition.error.too-long}")
    private String summary;

    /** Given out with the empty form: the same form sent twice (a double tap, a retry) makes one petition. */
    private String idempotencyKey;

    public String getPetitionerName() {
        return petitionerName;
    }

    public void setPetitionerName(String petitionerName) {
        this.petitionerName = petitionerName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getResidentId() {
        return residentId;
    }

    public void setResidentId(String residentId) {
        this.residentId = residentId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getEmployerName() {
        return employerName;
    }

    public void setEmployerName(String employerName) {
        this.employerName = employerName;
    }

    public String getAmountOwed() {
        return amountOwed;
    }

    public void setAmountOwed(String amountOwed) {
        this.amountOwed = amountOwed;
    }

    public String getMonthsOwed() {
        return monthsOwed;
    }

    public void setMonthsOwed(String monthsOwed) {
        this.monthsOwed = monthsOwed;
    }

    public String getWorkersAffected() {
        return workersAffected;
    }

    public void setWorkersAffected(String workersAffected) {
        this.workersAffected = workersAffected;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    /** Personal data inside: never printed. */
    @Override
    public String toString() {
        return "PetitionForm[personal data]";
    }
}
