package cn.procuratorate.wages.console.desk;

import cn.procuratorate.wages.console.gateway.GatewayClient;
import cn.procuratorate.wages.console.gateway.GatewayException;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * My desk ({@code /console}, the staff home): what is overdue, most urgent first. For now the overdue cases of the
 * user's unit; petitions and suggestion replies join later. A failed call shows its message in place of the list,
 * so the rest of the desk stays usable.
 */
@Controller
class DeskController {

    /** A case as the desk lists it (fields of case-service's CaseSummary; the rest is ignored). */
    record OverdueCase(String id, String caseNumber, String title, String stageLabel, LocalDate dueOn, Long daysLeft,
            String employerName) {
    }

    private final GatewayClient gateway;

    DeskController(GatewayClient gateway) {
        this.gateway = gateway;
    }

    @GetMapping({"/console", "/console/"})
    String desk(Model model) {
        try {
            model.addAttribute("overdueCases",
                    gateway.getPage("/api/cases?overdue=true&size={size}", OverdueCase.class, 20));
        } catch (GatewayException problem) {
            model.addAttribute("overdueCasesProblem", problem);
        }
        return "desk/desk";
    }
}
