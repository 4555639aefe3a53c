package cn.procuratorate.wages.console.petitions;

import cn.procuratorate.wages.common.identifiers.UnifiedSocialCreditCode;
import cn.procuratorate.wages.common.privacy.ResidentIdNumber;
import cn.procuratorate.wages.console.gateway.ApiQuery;
import cn.procuratorate.wages.console.gateway.GatewayClient;
import cn.procuratorate.wages.console.gateway.GatewayException;
import cn.procuratorate.wages.console.petitions.PetitionViews.Petition;
import cn.procuratorate.wages.console.petitions.PetitionViews.TimelineEntry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Petitions: intake of letters, visits and hotline calls (identifiers checked as they are typed, by
 * platform-common's own checks), the list with reply-deadline badges, and the petition page with replies, the
 * proposed duplicate, the routing state and the "route into a case" action.
 */
@Controller
@RequestMapping("/console/petitions")
class PetitionsController {

    static final List<String> INTAKE_CHANNELS = List.of("LETTER", "VISIT", "HOTLINE_12309");
    static final List<String> CHANNELS = List.of("LETTER", "VISIT", "HOTLINE_12309", "ONLINE", "PARTNER_REFERRAL");
    static final List<String> STAGES = List.of("RECEIVED", "PROCEDURAL_REPLY_SENT", "HANDLED", "RESULT_REPLY_SENT",
            "CLOSED");
    static final List<String> ROUTING_STATES = List.of("PENDING", "DELIVERED", "REFUSED");
    static final List<String> URGENCY_SIGNS = List.of("VIOLENCE_OR_THREATS", "BASIC_LIVING_AT_STAKE",
            "MAJOR_ILLNESS", "EXTREME_ACTION_RISK", "OTHER");
    static final List<String> CASE_TYPES = List.of("WAGE_CRIME", "LAWSUIT_SUPPORT", "FALSE_LITIGATION",
            "CIVIL_JUDGMENT_SUPERVISION", "ADMINISTRATIVE_JUDGMENT_SUPERVISION", "ENFORCEMENT_SUPERVISION");
    static final List<String> EMPLOYER_KINDS = List.of("COMPANY", "INDIVIDUAL_BUSINESS", "UNLICENSED_CONTRACTOR");
    static final List<String> REPLY_KINDS = List.of("PROCEDURAL", "RESULT");
    static final List<String> REPLY_CHANNELS = List.of("LETTER", "SMS", "PHONE", "IN_PERSON", "ONLINE");
    /** The intake form's text fields, sent as they are when filled in. */
    private static final List<String> TEXT_FIELDS = List.of("channel", "petitionerName", "petitionerResidentId",
            "petitionerPhone", "summary", "request", "regionCode", "employerName", "employerCreditCode",
            "projectName", "industryCode", "amountOwed");
    private static final int PAGE_SIZE = 20;

    private final GatewayClient gateway;
    private final Clock clock;

    PetitionsController(GatewayClient gateway) {
        this.gateway = gateway;
        this.clock = Clock.system(ResidentIdNumber.CHINA);
    }

    record Filters(String channel, String stage, String routing, boolean overdue, Integer dueWithinDays) {
    }

    @GetMapping({"", "/"})
    String list(@RequestParam(required = false) String channel, @RequestParam(required = false) String stage,
            @RequestParam(required = false) String routing, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) Integer dueWithinDays, @RequestParam(defaultValue = "0") int page,
            Model model) {
        // The service takes either overdue or dueWithinDays: "overdue" wins when both are set.
        Filters filters = new Filters(blankToNull(channel), blankToNull(stage), blankToNull(routing), overdue,
                overdue ? null : dueWithinDays);
        model.addAttribute("filters", filters);
        model.addAttribute("channels", CHANNELS);
        model.addAttribute("stages", STAGES);
        model.addAttribute("routingStates", ROUTING_STATES);
        model.addAttribute("today", today());
        ApiQuery query = ApiQuery.of("/api/petitions").param("channel", filters.channel())
                .param("stage", filters.stage()).param("routing", filters.routing()).param("overdue", overdue)
                .param("dueWithinDays", filters.dueWithinDays()).param("page", Math.max(page, 0))
                .param("size", PAGE_SIZE);
        try {
            model.addAttribute("petitions", gateway.getPage(query.template(), Petition.class, query.values()));
        } catch (GatewayException problem) {
            model.addAttribute("listProblem", problem);
        }
        return "petitions/list";
    }

    @GetMapping("/new")
    String intakeForm(Model model) {
        intakeModel(model, Map.of(), List.of());
        return "petitions/new";
    }

    @PostMapping({"", "/"})
    String register(@RequestParam MultiValueMap<String, String> form, Model model) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : TEXT_FIELDS) {
            String value = form.getFirst(field);
            if (value != null && !value.isBlank()) {
                body.put(field, value.strip());
            }
        }
        for (String number : List.of("monthsOwed", "workersAffected")) {
            String value = form.getFirst(number);
            if (value != null && !value.isBlank()) {
                body.put(number, value.strip());   // the service reads "12" as 12, and refuses "x" itself
            }
        }
        body.put("group", form.getFirst("group") != null);
        List<String> signs = form.getOrDefault("urgencySigns", List.of());
        if (!signs.isEmpty()) {
            body.put("urgencySigns", signs);
        }
        try {
            Petition saved = gateway.post("/api/petitions", body, Petition.class);
            return "redirect:/console/petitions/" + saved.id() + "?registered";
        } catch (GatewayException problem) {
            if (problem.kind() != GatewayException.Kind.INVALID) {
                throw problem;
            }
            model.addAttribute("formProblem", problem);
            intakeModel(model, form.toSingleValueMap(), signs);
            return "petitions/new";
        }
    }

    /** As the clerk types a resident ID number: what is wrong with it (GB 11643), by platform-common's check. */
    @GetMapping("/validate/resident-id")
    String checkResidentId(@RequestParam(name = "petitionerResidentId", defaultValue = "") String value,
            Model model) {
        String normalised = ResidentIdNumber.normalise(value);
        model.addAttribute("checkId", "resident-id-check");
        model.addAttribute("empty", normalised.isEmpty());
        model.addAttribute("defect", normalised.isEmpty() ? null : ResidentIdNumber.defectOf(normalised, today())
                .map(defect -> "petitions.check.resident-id." + defect.name()).orElse(null));
        model.addAttribute("okKey", "petitions.check.resident-id.ok");
        return "petitions/new :: check";
    }

    /** As the clerk types a unified social credit code: what is wrong with it (GB 32100). */
    @GetMapping("/validate/credit-code")
    String checkCreditCode(@RequestParam(name = "employerCreditCode", defaultValue = "") String value, Model model) {
        String normalised = UnifiedSocialCreditCode.normalise(value);
        model.addAttribute("checkId", "credit-code-check");
        model.addAttribute("empty", normalised.isEmpty());
        model.addAttribute("defect", normalised.isEmpty() ? null : UnifiedSocialCreditCode.defectOf(normalised)
                .map(defect -> "petitions.check.credit-code." + defect.name()).orElse(null));
        model.addAttribute("okKey", "petitions.check.credit-code.ok");
        return "petitions/new :: check";
    }

    @GetMapping("/{id}")
    String page(@PathVariable String id, @RequestParam(required = false) String registered, Model model) {
        model.addAttribute("registered", registered != null);
        load(id, model);
        return "petitions/petition";
    }

    @PostMapping("/{id}/routing")
    String route(@PathVariable String id, @RequestParam long version, @RequestParam String caseType,
            @RequestParam String industryCode, @RequestParam String employerKind,
            @RequestParam(required = false) String employerCreditCode,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("caseType", caseType);
        body.put("industryCode", industryCode.strip());
        body.put("employerKind", employerKind);
        if (employerCreditCode != null && !employerCreditCode.isBlank()) {
            body.put("employerCreditCode", employerCreditCode.strip());
        }
        return change(id, "/api/petitions/{id}/routing", version, body, htmx, model, "routingValues");
    }

    @PostMapping("/{id}/replies")
    String reply(@PathVariable String id, @RequestParam long version, @RequestParam String kind,
            @RequestParam String text, @RequestParam String channel,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("text", text);
        body.put("channel", channel);
        return change(id, "/api/petitions/{id}/replies", version, body, htmx, model, "replyValues");
    }

    /**
     * Handled without a case: transferred to another agency (agency and reason), answered directly (the answer),
     * or merged into an earlier petition it duplicates. petition-service says which fields each outcome needs.
     */
    @PostMapping("/{id}/handling")
    String handle(@PathVariable String id, @RequestParam long version, @RequestParam String outcome,
            @RequestParam(required = false) String agency, @RequestParam(required = false) String mergedInto,
            @RequestParam(required = false) String note,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", outcome);
        // Only the fields of the chosen outcome: the form keeps the others' inputs, hidden or not.
        if ("TRANSFERRED".equals(outcome) && blankToNull(agency) != null) {
            body.put("agency", blankToNull(agency));
        }
        if ("MERGED".equals(outcome) && blankToNull(mergedInto) != null) {
            body.put("mergedInto", blankToNull(mergedInto));
        }
        if (!"MERGED".equals(outcome) && blankToNull(note) != null) {
            body.put("note", blankToNull(note));
        }
        return change(id, "/api/petitions/{id}/handling", version, body, htmx, model, "handlingValues");
    }

    /** A change with If-Match; a stale version shows the petition as it is now, with a message saying so. */
    private String change(String id, String path, long version, Map<String, Object> body, String htmx, Model model,
            String valuesAttribute) {
        try {
            gateway.rest().post().uri(path, id).header("If-Match", "\"" + version + "\"").body(body).retrieve()
                    .toBodilessEntity();
            if (htmx == null) {
                return "redirect:/console/petitions/" + id;
            }
            model.addAttribute("done", true);
        } catch (GatewayException problem) {
            if (problem.status() == 409 || problem.status() == 412 || problem.status() == 428) {
                model.addAttribute("stale", problem);
            } else {
                model.addAttribute("actionProblem", problem);
                model.addAttribute(valuesAttribute, body);
            }
        }
        load(id, model);
        return "petitions/petition";
    }

    private void load(String id, Model model) {
        Petition petition = gateway.get("/api/petitions/{id}", Petition.class, id);
        model.addAttribute("petition", petition);
        model.addAttribute("today", today());
        model.addAttribute("caseTypes", CASE_TYPES);
        model.addAttribute("employerKinds", EMPLOYER_KINDS);
        model.addAttribute("replyKinds", REPLY_KINDS);
        model.addAttribute("replyChannels", REPLY_CHANNELS);
        model.addAttribute("handlingOutcomes", PetitionViews.HANDLING_OUTCOMES);
        try {
            model.addAttribute("timeline", gateway.get("/api/petitions/{id}/timeline",
                    new ParameterizedTypeReference<List<TimelineEntry>>() { }, id));
        } catch (GatewayException problem) {
            model.addAttribute("timelineProblem", problem);
        }
        if (petition.proposedDuplicateOf() != null) {
            try {
                model.addAttribute("duplicate", gateway.get("/api/petitions/{id}", Petition.class,
                        petition.proposedDuplicateOf()));
            } catch (GatewayException problem) {
                model.addAttribute("duplicateProblem", problem);
            }
        }
    }

    private void intakeModel(Model model, Map<String, String> values, List<String> signs) {
        model.addAttribute("values", values);
        model.addAttribute("signs", signs);
        model.addAttribute("channels", INTAKE_CHANNELS);
        model.addAttribute("urgencySigns", URGENCY_SIGNS);
    }

    private LocalDate today() {
        return ResidentIdNumber.today(clock);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
