package cn.procuratorate.wages.console.publicsite;

import cn.procuratorate.wages.console.gateway.GatewayException;
import cn.procuratorate.wages.console.gateway.PublicApiClient;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A worker looks up the progress of their petition with the query code and the last four digits of their phone
 * ({@code GET /api/public/petitions/{code}?phoneLast4=}): stage, replies and their texts, the case number once it
 * was routed into a case. Sent by POST, so the code (which works like a password) is in no URL, history or log.
 * <p>
 * A wrong code and a wrong phone suffix are the same 404 at the service and the same sentence here, so the page
 * tells nobody which of the two was right.
 */
@Controller
class PublicLookupController {

    private static final String PAGE = "publicsite/lookup";

    /** petition-service's Progress, the fields the page shows. */
    record Progress(String status, String statusText, String channelText, Instant receivedAt,
            ReplyProgress proceduralReply, ReplyProgress resultReply, String caseNumber) {

        public ZonedDateTime receivedInChina() {
            return receivedAt == null ? null : ZonedDateTime.ofInstant(receivedAt, PublicPetitionController.CHINA);
        }
    }

    /** One of the two replies a petitioner is owed: due date, whether it was sent, and what it said. */
    record ReplyProgress(LocalDate due, String state, String stateText, LocalDate sentOn, String text) {

        public boolean sent() {
            return "SENT".equals(state);
        }
    }

    private final PublicApiClient api;
    private final MessageSource messages;

    PublicLookupController(PublicApiClient api, MessageSource messages) {
        this.api = api;
        this.messages = messages;
    }

    @GetMapping("/public/petitions/lookup")
    String lookupForm(Model model) {
        model.addAttribute("errors", Map.of());
        return PAGE;
    }

    @PostMapping("/public/petitions/lookup")
    String lookup(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String phoneLast4,
            Model model) {
        model.addAttribute("code", code.strip());
        model.addAttribute("phoneLast4", phoneLast4.strip());
        // Only what the worker can see by looking at what they typed; whether a code exists is the service's to say.
        Map<String, String> errors = new LinkedHashMap<>();
        if (!StringUtils.hasText(code)) {
            errors.put("code", text("public.lookup.error.code-required"));
        }
        if (!phoneLast4.strip().matches("\\d{4}")) {
            errors.put("phoneLast4", text("public.lookup.error.phone-last4"));
        }
        model.addAttribute("errors", errors);
        if (!errors.isEmpty()) {
            return PAGE;
        }
        try {
            model.addAttribute("progress", api.get("/api/public/petitions/{code}?phoneLast4={last4}", Progress.class,
                    code.strip(), phoneLast4.strip()));
        } catch (GatewayException problem) {
            if (problem.kind() == GatewayException.Kind.NOT_FOUND) {
                // Our own words, not the service's detail: the same for every kind of mismatch, whatever it says.
                model.addAttribute("notFound", true);
            } else {
                model.addAttribute("lookupProblem", problem);
            }
        }
        return PAGE;
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
