package cn.procuratorate.wages.console.publicsite;

import cn.procuratorate.wages.common.privacy.PhoneNumber;
import cn.procuratorate.wages.console.gateway.GatewayException;
import cn.procuratorate.wages.console.gateway.PublicApiClient;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.server.ResponseStatusException;

/**
 * A migrant worker submits a petition online ({@code /public/petitions/new}) and gets the query code. The form is
 * checked field by field as it is typed ({@code /public/petitions/check/{field}}, htmx) and again on submitting,
 * with the platform's validators; petition-service ({@code POST /api/public/petitions}) still decides. Every form
 * carries its own Idempotency-Key, so sending it twice makes one petition, and shows the same code
 * ({@link IssuedCodes}). A refusal (field errors, rate limit, service down) shows the form again, as typed, with the
 * message; nothing the worker typed is lost.
 */
@Controller
class PublicPetitionController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Due dates and times as the procuratorate counts them, whatever the server's time zone. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String FORM = "publicsite/petition-new";

    /** The body of {@code POST /api/public/petitions} (petition-service's OnlinePetition). */
    record OnlinePetition(String petitionerName, String phone, String residentId, String regionCode,
            String employerName, String amountOwed, Integer monthsOwed, Integer workersAffected, String summary) {

        static OnlinePetition of(PetitionForm form) {
            return new OnlinePetition(form.getPetitionerName(), form.getPhone(), form.getResidentId(),
                    form.getRegionCode(), form.getEmployerName(), form.getAmountOwed(),
                    form.getMonthsOwed() == null ? null : Integer.valueOf(form.getMonthsOwed()),
                    form.getWorkersAffected() == null ? null : Integer.valueOf(form.getWorkersAffected()),
                    form.getSummary());
        }

        @Override
        public String toString() {
            return "OnlinePetition[personal data]";
        }
    }

    /** petition-service's answer: {@code queryCode} only the first time a form is sent. */
    record Receipt(String queryCode, boolean queryCodeAlreadyIssued, String notice, Instant receivedAt,
            LocalDate proceduralReplyDue, LocalDate resultReplyDue) {

        @Override
        public String toString() {
            return "Receipt[" + receivedAt + "]";
        }
    }

    private final PublicApiClient api;
    private final PetitionFormCheck check;
    private final IssuedCodes issuedCodes;
    private final List<String> regions;
    private final MessageSource messages;

    PublicPetitionController(PublicApiClient api, PetitionFormCheck check, IssuedCodes issuedCodes,
            @Value("${console.public-desk.regions:110105,320102}") List<String> regions, MessageSource messages) {
        this.api = api;
        this.check = check;
        this.issuedCodes = issuedCodes;
        this.regions = List.copyOf(regions);
        this.messages = messages;
    }

    /** Blank fields are absent ({@code null}), as the API wants optional fields. */
    @InitBinder("form")
    void blanksAreAbsent(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping("/public/petitions/new")
    String newPetition(Model model) {
        PetitionForm form = new PetitionForm();
        form.setIdempotencyKey(newKey());
        if (regions.size() == 1) {
            form.setRegionCode(regions.get(0));
        }
        return showForm(model, form, Map.of(), null);
    }

    /**
     * The form's address opened directly, e.g. by the language switch on the receipt page (the layout links to the
     * current path): the empty form, rather than "method not allowed".
     */
    @GetMapping("/public/petitions")
    String toTheForm() {
        return "redirect:/public/petitions/new";
    }

    /** The message under one field, as the worker types (htmx); an empty element when the field is fine. */
    @PostMapping("/public/petitions/check/{field}")
    String checkField(@PathVariable String field, @RequestParam Map<String, String> values, Model model) {
        if (!PetitionForm.FIELDS.contains(field)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("errorField", field);
        model.addAttribute("errorMessage", check.field(field, values.get(field)).orElse(null));
        return "publicsite/field-check :: field-error";
    }

    @PostMapping("/public/petitions")
    String submit(@ModelAttribute("form") PetitionForm form, Model model) {
        if (form.getIdempotencyKey() == null || !form.getIdempotencyKey().matches("[\\x21-\\x7E]{1,100}")) {
            form.setIdempotencyKey(newKey());
        }
        Map<String, String> errors = new LinkedHashMap<>(check.form(form));
        if (form.getRegionCode() != null && !regions.contains(form.getRegionCode())) {
            // Only the listed procuratorates receive online petitions: "choose one", as for an empty choice.
            errors.putIfAbsent("regionCode", check.field("regionCode", null).orElseThrow());
        }
        if (!errors.isEmpty()) {
            return showForm(model, form, errors, null);
        }
        Receipt receipt;
        try {
            receipt = api.rest().post().uri("/api/public/petitions")
                    .header(IDEMPOTENCY_KEY, form.getIdempotencyKey())
                    .body(OnlinePetition.of(form))
                    .retrieve()
                    .body(Receipt.class);
        } catch (ResourceAccessException unreachable) {
            GatewayException problem = new GatewayException(GatewayException.Kind.UNAVAILABLE, 503, null, List.of(),
                    null, null);
            problem.initCause(unreachable);
            return showForm(model, form, Map.of(), problem);
        } catch (GatewayException refused) {
            return refused(model, form, refused);
        }
        return showReceipt(model, form, receipt);
    }

    private String showReceipt(Model model, PetitionForm form, Receipt receipt) {
        String code = receipt.queryCode();
        if (code != null) {
            issuedCodes.remember(form.getIdempotencyKey(), code);
        } else {
            // The same form again (double tap, lost answer): the service made no second petition, nor shows the code.
            code = issuedCodes.recall(form.getIdempotencyKey()).orElse(null);
            model.addAttribute("sentBefore", true);
        }
        model.addAttribute("receipt", receipt);
        model.addAttribute("queryCode", code == null ? null : grouped(code));
        model.addAttribute("receivedAt",
                receipt.receivedAt() == null ? null : ZonedDateTime.ofInstant(receipt.receivedAt(), CHINA));
        model.addAttribute("phoneLast4", PhoneNumber.parse(form.getPhone())
                .map(phone -> phone.value().substring(phone.value().length() - 4)).orElse(null));
        // The code is shown once and a language switch would reload the page without it: no switch here, the
        // code's label and "keep it" in the other language too.
        model.addAttribute("hideLanguageSwitch", true);
        model.addAttribute("otherLanguage", otherLanguage(LocaleContextHolder.getLocale()));
        return "publicsite/petition-receipt";
    }

    /** The receipt's key sentences in the language the page is not in. */
    record OtherLanguage(String tag, String codeLabel, String keepIt) {
    }

    private OtherLanguage otherLanguage(Locale current) {
        Locale other = "en".equals(current.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        return new OtherLanguage(other.toLanguageTag(),
                messages.getMessage("public.receipt.code-label", null, other),
                messages.getMessage("public.receipt.keep-it", null, other));
    }

    /**
     * Field errors of the service next to their fields; a refusal of the form as a whole ("this key was used for
     * another form": the worker changed the form after a send whose answer was lost) in words of our own, with a
     * new key, so that sending it again makes the new petition the worker now means.
     */
    private String refused(Model model, PetitionForm form, GatewayException refused) {
        if (refused.kind() != GatewayException.Kind.INVALID) {
            return showForm(model, form, Map.of(), refused);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        List<GatewayException.FieldProblem> others = new ArrayList<>();
        for (GatewayException.FieldProblem error : refused.fieldErrors()) {
            if (error.field() != null && PetitionForm.FIELDS.contains(error.field())) {
                errors.putIfAbsent(error.field(), error.message());
            } else {
                others.add(error);
            }
        }
        if (refused.fieldErrors().isEmpty() && refused.status() == 422) {
            form.setIdempotencyKey(newKey());
            model.addAttribute("sentDifferentBefore", true);
            return showForm(model, form, Map.of(), null);
        }
        GatewayException shown = errors.isEmpty() || !others.isEmpty()
                ? new GatewayException(refused.kind(), refused.status(), refused.detail(), others,
                        refused.retryAfterSeconds(), refused.requestId())
                : null;
        return showForm(model, form, errors, shown);
    }

    private String showForm(Model model, PetitionForm form, Map<String, String> errors, GatewayException problem) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("regions", regions);
        model.addAttribute("submitProblem", problem);
        return FORM;
    }

    /** {@code 7K2M9QX4...} as {@code 7K2M-9QX4-...}: easier to read out and copy; the service ignores the dashes. */
    static String grouped(String code) {
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < code.length(); i += 4) {
            if (i > 0) {
                grouped.append('-');
            }
            grouped.append(code, i, Math.min(code.length(), i + 4));
        }
        return grouped.toString();
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }
}
