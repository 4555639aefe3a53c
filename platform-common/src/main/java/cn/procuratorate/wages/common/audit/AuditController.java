package cn.procuratorate.wages.common.audit;

import cn.procuratorate.wages.common.problem.ApiException;
import cn.procuratorate.wages.common.problem.ProblemKind;
import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.common.web.PageRequests;
import cn.procuratorate.wages.common.web.PageView;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service's audit trail for its supervisors, under the service's own API prefix ({@code platform.audit.path},
 * e.g. {@code /api/cases/audit}) so the gateway routes it with the rest of the service. A literal path wins over
 * {@code /api/cases/{id}} in Spring MVC, so it does not shadow or get shadowed by a read by id.
 */
@RestController
@RequestMapping("${" + AuditAutoConfiguration.PATH_PROPERTY + "}")
@Validated
class AuditController {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    /** Newest first; {@code from} inclusive, {@code to} exclusive (ISO-8601 instants, e.g. 2026-12-01T00:00:00Z). */
    @GetMapping
    @PreAuthorize("hasRole('SUPERVISOR')")
    PageView<EntryView> list(@RequestParam(required = false) @Size(max = 128) String subject,
            @RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9._-]{8,64}") String requestId,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageRequests.DEFAULT_SIZE) int size) {
        // Only the supervisor's own unit, whatever other role the token carries (a service's has no unit).
        String unit = Caller.required().unit();
        if (unit == null) {
            throw new ApiException(ProblemKind.FORBIDDEN, "problem.detail.no-unit");
        }
        return PageView.of(log.find(unit, subject, requestId, from, to,
                PageRequests.of(page, size, Sort.by(Sort.Direction.DESC, "time"))), EntryView::of);
    }

    record EntryView(String id, Instant time, String subject, List<String> roles, String unit, String requestId,
            String method, String route, String resourceId, Integer status, String action, String detail) {

        static EntryView of(AuditRecord stored) {
            return new EntryView(stored.id(), stored.time(), stored.subject(), stored.roles(), stored.unit(),
                    stored.requestId(), stored.method(), stored.route(), stored.resourceId(), stored.status(),
                    stored.action(), stored.detail());
        }
    }
}
