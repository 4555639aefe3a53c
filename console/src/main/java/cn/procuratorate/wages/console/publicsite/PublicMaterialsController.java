package cn.procuratorate.wages.console.publicsite;

import cn.procuratorate.wages.console.gateway.GatewayException;
import cn.procuratorate.wages.console.gateway.PublicApiClient;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The published legal materials (outreach-service's {@code /api/public/outreach/materials}): a list, newest first,
 * by kind, and one material with its text, questions and answers, and the laws it explains. Kinds and audiences are
 * named by the console's messages (the service's labels are Chinese only).
 */
@Controller
class PublicMaterialsController {

    /** outreach-service's MaterialKind: the list's filter. */
    static final List<String> KINDS = List.of("EXPLANATION", "FAQ", "PAYMENT_RULES");
    private static final int PAGE_SIZE = 10;

    record Law(String title, String provisions) {
    }

    record Question(String question, String answer) {
    }

    record MaterialSummary(String id, String kind, String audience, String title, String summary, List<Law> laws,
            LocalDate publishedOn) {
    }

    record Material(String id, String kind, String audience, int version, int latestVersion, String title,
            String summary, String body, List<Question> questions, List<Law> laws, LocalDate publishedOn) {

        /** The text in paragraphs, as written (blank lines or line breaks between them). */
        public List<String> paragraphs() {
            return body == null ? List.of() : Arrays.stream(body.split("\\R+")).map(String::strip)
                    .filter(line -> !line.isEmpty()).toList();
        }
    }

    private final PublicApiClient api;

    PublicMaterialsController(PublicApiClient api) {
        this.api = api;
    }

    @GetMapping("/public/materials")
    String list(@RequestParam(required = false) String kind, @RequestParam(defaultValue = "0") int page,
            Model model) {
        // List.of(...).contains(null) throws: the plain list (no kind chosen) is the one the home page links to.
        String shownKind = kind != null && KINDS.contains(kind) ? kind : null;
        int shownPage = Math.max(0, page);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("kind", shownKind);
        try {
            model.addAttribute("materials", shownKind == null
                    ? api.getPage("/api/public/outreach/materials?page={page}&size={size}", MaterialSummary.class,
                            shownPage, PAGE_SIZE)
                    : api.getPage("/api/public/outreach/materials?kind={kind}&page={page}&size={size}",
                            MaterialSummary.class, shownKind, shownPage, PAGE_SIZE));
        } catch (GatewayException problem) {
            model.addAttribute("materialsProblem", problem);
        }
        return "publicsite/materials";
    }

    /** An unknown or unpublished material is the whole page's "not found" (GatewayErrorAdvice, status 404). */
    @GetMapping("/public/materials/{id}")
    String material(@PathVariable String id, Model model) {
        model.addAttribute("material", api.get("/api/public/outreach/materials/{id}", Material.class, id));
        return "publicsite/material";
    }
}
