package cn.procuratorate.wages.common.audit;

import cn.procuratorate.wages.common.security.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the audit trail: who (subject, roles, unit), when, what (method, route pattern, resource id, and for
 * domain changes an action and detail), from which request, and how it ended (status). Never request or response
 * bodies, nor query strings: they carry personal data, and the trail must not become a second copy of it.
 *
 * @param unit the caller's unit (null for a caller without one, e.g. a service)
 * @param route the matched route pattern, e.g. {@code /api/cases/{id}}; null when no route matched
 * @param status the HTTP status of the answer; null for an entry outside a request
 * @param action a stable code of a domain change, e.g. {@code case.stage-changed}; null for the automatic entry
 * @param detail what changed and why, e.g. "REGISTERED → INVESTIGATING: 立案审查通过"; the caller keeps it free of
 *     personal data
 */
public record AuditEntry(Instant time, String subject, List<String> roles, String unit, String requestId,
        String method, String route, String resourceId, Integer status, String action, String detail) {

    /** The subject of a write without a valid token (refused ones now, public pages later). */
    public static final String ANONYMOUS = "anonymous";
    /** The subject of work without a caller (scheduled jobs). */
    public static final String SYSTEM = "system";

    public AuditEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(subject, "subject");
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** An entry by this caller, or by {@link #ANONYMOUS} when there is none; what it did is added with the withers. */
    public static AuditEntry by(Optional<Caller> caller, Instant time, String requestId) {
        return caller.map(c -> new AuditEntry(time, c.subject() == null ? ANONYMOUS : c.subject(), c.roles(), c.unit(),
                        requestId, null, null, null, null, null, null))
                .orElseGet(() -> new AuditEntry(time, ANONYMOUS, List.of(), null, requestId,
                        null, null, null, null, null, null));
    }

    /** An entry of the platform's own work, without a caller. */
    public static AuditEntry system(Instant time) {
        return new AuditEntry(time, SYSTEM, List.of(), null, null, null, null, null, null, null, null);
    }

    /** The request this entry is about and how it ended. */
    public AuditEntry request(String method, String route, String resourceId, Integer status) {
        return new AuditEntry(time, subject, roles, unit, requestId, method, route, resourceId, status, action, detail);
    }

    /** The domain change this entry records ("what", and "why" in the detail). */
    public AuditEntry described(String action, String detail) {
        return new AuditEntry(time, subject, roles, unit, requestId, method, route, resourceId, status, action, detail);
    }
}
