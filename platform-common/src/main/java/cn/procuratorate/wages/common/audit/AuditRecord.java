package cn.procuratorate.wages.common.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An audit entry as stored (null fields are left out of the document). */
@Document(AuditLog.COLLECTION)
record AuditRecord(@Id String id, Instant time, String subject, List<String> roles, String unit, String requestId,
        String method, String route, String resourceId, Integer status, String action, String detail) {

    static AuditRecord of(AuditEntry entry) {
        return new AuditRecord(null, entry.time(), entry.subject(), entry.roles(), entry.unit(), entry.requestId(),
                entry.method(), entry.route(), entry.resourceId(), entry.status(), entry.action(), entry.detail());
    }
}
