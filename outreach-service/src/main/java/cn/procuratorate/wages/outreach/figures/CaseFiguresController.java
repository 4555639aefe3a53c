package cn.procuratorate.wages.outreach.figures;

import cn.procuratorate.wages.outreach.clients.CaseServiceClient;
import cn.procuratorate.wages.outreach.clients.CaseServiceClient.CaseFigures;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Case figures as outreach sees them; the systemic-problem detection of the outreach issue builds on this call. */
@RestController
@Tag(name = "figures", description = "Statistics read from the other services")
class CaseFiguresController {

    private final CaseServiceClient cases;

    CaseFiguresController(CaseServiceClient cases) {
        this.cases = cases;
    }

    @GetMapping("/api/outreach/case-figures")
    @PreAuthorize("hasAnyRole('PROCURATOR', 'SUPERVISOR')")
    @Operation(summary = "Case counts per region, read from case-service (503 when it is unavailable)")
    CaseFigures caseFigures() {
        return cases.figures();
    }
}
