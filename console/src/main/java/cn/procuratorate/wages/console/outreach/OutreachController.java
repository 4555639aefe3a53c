package cn.procuratorate.wages.console.outreach;

import cn.procuratorate.wages.console.gateway.ApiQuery;
import cn.procuratorate.wages.console.gateway.GatewayClient;
import cn.procuratorate.wages.console.gateway.GatewayException;
import cn.procuratorate.wages.console.outreach.OutreachViews.Campaign;
import cn.procuratorate.wages.console.outreach.OutreachViews.DraftAnswer;
import cn.procuratorate.wages.console.outreach.OutreachViews.FindingsAnswer;
import cn.procuratorate.wages.console.outreach.OutreachViews.Suggestion;
import cn.procuratorate.wages.console.outreach.OutreachViews.TimelineEntry;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Outreach: procuratorial suggestions with their reply deadlines, legal-education campaigns, and the systemic
 * findings of outreach-service (with their evidence) from which a suggestion is drafted in one click.
 */
@Controller
@RequestMapping("/console/outreach")
class OutreachController {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int PAGE_SIZE = 20;

    private final GatewayClient gateway;

    OutreachController(GatewayClient gateway) {
        this.gateway = gateway;
    }

    @GetMapping({"", "/"})
    String home() {
        return "redirect:/console/outreach/suggestions";
    }

    @GetMapping("/suggestions")
    String suggestions(@RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) Integer dueWithinDays, @RequestParam(defaultValue = "0") int page,
            Model model) {
        ApiQuery query = ApiQuery.of("/api/outreach/suggestions").param("overdue", overdue)
                .param("dueWithinDays", overdue ? null : dueWithinDays).param("page", Math.max(page, 0))
                .param("size", PAGE_SIZE);
        model.addAttribute("overdue", overdue);
        model.addAttribute("dueWithinDays", dueWithinDays);
        model.addAttribute("today", LocalDate.now(CHINA));
        try {
            model.addAttribute("suggestions", gateway.getPage(query.template(), Suggestion.class, query.values()));
        } catch (GatewayException problem) {
            model.addAttribute("listProblem", problem);
        }
        return "outreach/suggestions";
    }

    @GetMapping("/suggestions/{id}")
    String suggestion(@PathVariable String id, @RequestParam(required = false) String drafted, Model model) {
        model.addAttribute("suggestion", gateway.get("/api/outreach/suggestions/{id}", Suggestion.class, id));
        model.addAttribute("drafted", drafted != null);
        try {
            model.addAttribute("timeline", gateway.get("/api/outreach/suggestions/{id}/timeline",
                    new ParameterizedTypeReference<List<TimelineEntry>>() { }, id));
        } catch (GatewayException problem) {
            model.addAttribute("timelineProblem", problem);
        }
        return "outreach/suggestion";
    }

    @GetMapping("/campaigns")
    String campaigns(@RequestParam(defaultValue = "0") int page, Model model) {
        try {
            model.addAttribute("campaigns", gateway.getPage("/api/outreach/campaigns?page={page}&size={size}",
                    Campaign.class, Math.max(page, 0), PAGE_SIZE));
        } catch (GatewayException problem) {
            model.addAttribute("listProblem", problem);
        }
        return "outreach/campaigns";
    }

    @GetMapping("/findings")
    String findings(Model model) {
        try {
            model.addAttribute("answer", gateway.get("/api/outreach/findings", FindingsAnswer.class));
        } catch (GatewayException problem) {
            model.addAttribute("listProblem", problem);
        }
        return "outreach/findings";
    }

    /** "Draft a suggestion" from a finding: the service drafts it (once per finding); the user goes to the draft. */
    @PostMapping("/findings/{findingId}/draft-suggestion")
    String draft(@PathVariable String findingId, @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletResponse response) {
        DraftAnswer draft = gateway.post("/api/outreach/findings/{id}/draft-suggestion", Map.of(), DraftAnswer.class,
                findingId);
        String target = "/console/outreach/suggestions/" + draft.suggestionId() + "?drafted";
        if (htmx != null) {
            response.setHeader("HX-Redirect", target);
            return "outreach/findings :: nothing";
        }
        return "redirect:" + target;
    }
}
