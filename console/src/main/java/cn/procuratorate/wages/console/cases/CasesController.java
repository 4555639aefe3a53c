package cn.procuratorate.wages.console.cases;

import cn.procuratorate.wages.console.cases.CaseViews.Action;
import cn.procuratorate.wages.console.cases.CaseViews.Assessment;
import cn.procuratorate.wages.console.cases.CaseViews.CaseRow;
import cn.procuratorate.wages.console.cases.CaseViews.CaseView;
import cn.procuratorate.wages.console.cases.CaseViews.Payment;
import cn.procuratorate.wages.console.cases.CaseViews.TimelineEntry;
import cn.procuratorate.wages.console.gateway.ApiQuery;
import cn.procuratorate.wages.console.gateway.GatewayClient;
import cn.procuratorate.wages.console.gateway.GatewayException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Cases: the list with case-service's filters, and the case page (parties, stage, timeline, assessment, payments)
 * with a button for each action the API allows the user now. Changes send the version the page was built from in
 * If-Match; when someone else changed the case first (409) or the version is missing (428), the page says so and
 * shows the case as it is now.
 */
@Controller
@RequestMapping("/console/cases")
class CasesController {

    static final List<String> STAGES = List.of("RECEIVED", "ARREST_REVIEW", "ARREST_DECIDED", "PROSECUTION_REVIEW",
            "SUPPLEMENTARY_INVESTIGATION", "PROSECUTION_DECIDED", "ELIGIBILITY_REVIEW", "SUPPORT_OPINION_ISSUED",
            "LEGAL_AID_ARRANGED", "COURT_OUTCOME_RECORDED", "APPLICATION_RECEIVED", "SUPERVISION_REVIEW",
            "SUPERVISION_DECIDED", "COURT_RESPONSE_RECORDED", "FALSE_LITIGATION_OPENED", "INVESTIGATION",
            "FALSE_LITIGATION_DECIDED", "CLOSED");
    static final List<String> TYPES = List.of("WAGE_CRIME", "FALSE_LITIGATION", "LAWSUIT_SUPPORT",
            "CIVIL_JUDGMENT_SUPERVISION", "ADMINISTRATIVE_JUDGMENT_SUPERVISION", "ENFORCEMENT_SUPERVISION");
    static final List<String> PAYMENT_CHANNELS = List.of("EMPLOYER", "GENERAL_CONTRACTOR", "WAGE_GUARANTEE_DEPOSIT",
            "COURT_ENFORCEMENT");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int PAGE_SIZE = 20;

    private final GatewayClient gateway;

    CasesController(GatewayClient gateway) {
        this.gateway = gateway;
    }

    /** The filters of the list, as the form and the pager pass them on. */
    record Filters(String stage, String type, boolean overdue, Integer dueWithinDays, String employerName,
            String regionCode, String industryCode, String handlerId) {
    }

    @GetMapping({"", "/"})
    String list(@RequestParam(required = false) String stage, @RequestParam(required = false) String type,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) Integer dueWithinDays,
            @RequestParam(required = false) String employerName, @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) String industryCode, @RequestParam(required = false) String handlerId,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Filters filters = new Filters(blankToNull(stage), blankToNull(type), overdue, dueWithinDays,
                blankToNull(employerName), blankToNull(regionCode), blankToNull(industryCode),
                blankToNull(handlerId));
        model.addAttribute("filters", filters);
        model.addAttribute("stages", STAGES);
        model.addAttribute("types", TYPES);
        ApiQuery query = ApiQuery.of("/api/cases").param("stage", filters.stage()).param("type", filters.type())
                .param("overdue", overdue).param("dueWithinDays", dueWithinDays)
                .param("employerName", filters.employerName()).param("regionCode", filters.regionCode())
                .param("industryCode", filters.industryCode()).param("handlerId", filters.handlerId())
                .param("page", Math.max(page, 0)).param("size", PAGE_SIZE);
        try {
            model.addAttribute("cases", gateway.getPage(query.template(), CaseRow.class, query.values()));
        } catch (GatewayException problem) {
            model.addAttribute("listProblem", problem);
        }
        return "cases/list";
    }

    @GetMapping("/{id}")
    String page(@PathVariable String id, Model model, Authentication user) {
        load(id, model, user);
        return "cases/case";
    }

    /** The form of one action (an htmx swap into the case page's action panel). */
    @GetMapping("/{id}/transitions/form")
    String transitionForm(@PathVariable String id, @RequestParam String action, @RequestParam long version,
            @RequestParam(required = false) String label, Model model) {
        model.addAttribute("caseId", id);
        model.addAttribute("version", version);
        model.addAttribute("openAction", new Action(action, label == null ? action : label, false));
        model.addAttribute("fields", TransitionForms.fieldsOf(action));
        model.addAttribute("formValues", Map.of());
        return "cases/case :: transition-form";
    }

    @PostMapping("/{id}/transitions")
    String transition(@PathVariable String id, @RequestParam String action, @RequestParam long version,
            @RequestParam(required = false) String label, @RequestParam Map<String, String> form,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            Authentication user) {
        Map<String, Object> body = TransitionForms.body(action, form);
        try {
            gateway.rest().post().uri("/api/cases/{id}/transitions", id).header("If-Match", etag(version))
                    .body(body).retrieve().toBodilessEntity();
            if (htmx == null) {
                return "redirect:/console/cases/" + id;
            }
            model.addAttribute("done", label == null ? action : label);
        } catch (GatewayException problem) {
            failed(problem, model);
            if (problem.kind() == GatewayException.Kind.INVALID) {
                model.addAttribute("openAction", new Action(action, label == null ? action : label, false));
                model.addAttribute("fields", TransitionForms.fieldsOf(action));
                model.addAttribute("formValues", form);
            }
        }
        load(id, model, user);
        return "cases/case";
    }

    @PostMapping("/{id}/payments")
    String payment(@PathVariable String id, @RequestParam long version, @RequestParam String workerId,
            @RequestParam String amount, @RequestParam(required = false) String paidOn,
            @RequestParam String channel, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model, Authentication user) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("workerId", workerId);
        body.put("amount", amount.strip());
        body.put("paidOn", paidOn == null || paidOn.isBlank() ? LocalDate.now(CHINA).toString() : paidOn);
        body.put("channel", channel);
        try {
            gateway.rest().post().uri("/api/cases/{id}/payments", id).header("If-Match", etag(version))
                    .body(body).retrieve().toBodilessEntity();
            if (htmx == null) {
                return "redirect:/console/cases/" + id;
            }
            model.addAttribute("paymentDone", true);
        } catch (GatewayException problem) {
            failed(problem, model);
            model.addAttribute("paymentValues", body);
        }
        load(id, model, user);
        return "cases/case";
    }

    /** A stale or missing version: the message says the page now shows the current case; anything else as is. */
    private static void failed(GatewayException problem, Model model) {
        if (problem.status() == 409 || problem.status() == 412 || problem.status() == 428) {
            model.addAttribute("stale", problem);
        } else {
            model.addAttribute("actionProblem", problem);
        }
    }

    /** Everything the case page shows; each part that fails shows its message in place, the rest stays usable. */
    private void load(String id, Model model, Authentication user) {
        CaseView caseView = gateway.get("/api/cases/{id}", CaseView.class, id);
        model.addAttribute("caseFile", caseView);
        model.addAttribute("workerNames", caseView.workers().stream()
                .collect(Collectors.toMap(CaseViews.Worker::id, CaseViews.Worker::name, (a, b) -> a)));
        model.addAttribute("paymentChannels", PAYMENT_CHANNELS);
        model.addAttribute("today", LocalDate.now(CHINA));
        boolean actor = user != null && user.getAuthorities().stream().anyMatch(
                a -> "ROLE_PROCURATOR".equals(a.getAuthority()) || "ROLE_SUPERVISOR".equals(a.getAuthority()));
        model.addAttribute("actor", actor);
        try {
            model.addAttribute("actions", gateway.get("/api/cases/{id}/transitions",
                    new ParameterizedTypeReference<List<Action>>() { }, id));
        } catch (GatewayException problem) {
            model.addAttribute("actionsProblem", problem);
        }
        try {
            model.addAttribute("timeline", gateway.get("/api/cases/{id}/timeline",
                    new ParameterizedTypeReference<List<TimelineEntry>>() { }, id));
        } catch (GatewayException problem) {
            model.addAttribute("timelineProblem", problem);
        }
        try {
            model.addAttribute("payments", gateway.get("/api/cases/{id}/payments",
                    new ParameterizedTypeReference<List<Payment>>() { }, id));
        } catch (GatewayException problem) {
            model.addAttribute("paymentsProblem", problem);
        }
        // The threshold assessment is about the wage crime, and for those who decide on it.
        if ("WAGE_CRIME".equals(caseView.type()) && actor) {
            try {
                model.addAttribute("assessment", gateway.get("/api/cases/{id}/assessment", Assessment.class, id));
            } catch (GatewayException problem) {
                model.addAttribute("assessmentProblem", problem);
            }
        }
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
