package cn.procuratorate.wages.console.publicsite;

import cn.procuratorate.wages.console.gateway.GatewayException;
import cn.procuratorate.wages.console.gateway.PublicApiClient;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public home ({@code /public}): what a migrant worker can do here (submit a petition, look up its progress,
 * read the law) and the latest published materials. No account; the materials come from the public API.
 */
@Controller
class PublicHomeController {

    /** A published material as the home page lists it (fields of outreach-service's PublicMaterialSummary). */
    record MaterialItem(String id, String kind, String kindLabel, String title, String summary, LocalDate publishedOn) {
    }

    private final PublicApiClient api;

    PublicHomeController(PublicApiClient api) {
        this.api = api;
    }

    @GetMapping({"/public", "/public/"})
    String home(Model model) {
        try {
            model.addAttribute("materials",
                    api.getPage("/api/public/outreach/materials?size={size}", MaterialItem.class, 10));
        } catch (GatewayException problem) {
            model.addAttribute("materialsProblem", problem);
        }
        return "publicsite/home";
    }
}
