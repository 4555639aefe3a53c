package cn.procuratorate.wages.outreach.detection;

import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.common.security.UnitScope;
import cn.procuratorate.wages.common.web.Versions;
import cn.procuratorate.wages.outreach.suggestions.Suggestion;
import cn.procuratorate.wages.outreach.suggestions.Suggestions.Drafted;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/outreach/findings")
@Validated
@Tag(name = "findings", description = "Systemic problems detected from case and petition statistics")
class FindingsController {

    /** Procurators and supervisors of their unit; the platform's services for one unit or every unit. */
    static final String USERS = "hasAnyRole('PROCURATOR', 'SUPERVISOR', 'SERVICE')";

    private final Findings findings;

    FindingsController(Findings findings) {
        this.findings = findings;
    }

    @GetMapping
    @PreAuthorize(USERS)
    @Operation(summary = "Repeat employers, rising arrears per industry and region, contractors behind many arrears "
            + "and surges before the Spring Festival, from case-service's and petition-service's statistics",
            description = "Computed at request time. With one source unavailable the answer is partial "
                    + "(partial=true, sources and missing say which and why; the rules run on the other source); "
                    + "with both unavailable it is 503. Rising arrears compare the quarter ending on `to` with the "
                    + "four before it, whatever `from` is. A finding's id is the same for the same kind, key, period "
                    + "and unit.")
    FindingsAnswer findings(
            @Parameter(description = "first day, inclusive; 12 months before `to` when absent", example = "2025-11-27")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last day, inclusive; today when absent", example = "2026-11-26")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "services only: the unit (staff always read their own; a service without it "
                    + "reads every unit)")
            @RequestParam(required = false) @Pattern(regexp = "\\d{6}") String unit) {
        return findings.detect(new DetectionScope(DetectionPeriod.asked(from, to, findings.today()),
                UnitScope.forRead(Caller.required(), unit).orElse(null)));
    }

    @PostMapping("/{findingId}/draft-suggestion")
    @PreAuthorize(USERS)
    @Operation(summary = "Draft a social-governance suggestion (社会治理检察建议) from a finding, in one call",
            description = "The finding is detected again in the caller's unit (a service names it) from both "
                    + "sources: 404 when it is no longer found, 503 when a source cannot be read. 201 with the new "
                    + "draft's location and ETag; the same finding with the same figures again answers 200 with the "
                    + "same draft. The draft is edited and issued as any suggestion (/api/outreach/suggestions).")
    ResponseEntity<DraftAnswer> draftSuggestion(@PathVariable String findingId,
            @Parameter(description = "services only: the unit of the draft")
            @RequestParam(required = false) @Pattern(regexp = "\\d{6}") String unit) {
        Caller caller = Caller.required();
        Drafted drafted = findings.draftSuggestion(findingId, UnitScope.forWrite(caller, unit), caller);
        Suggestion draft = drafted.suggestion();
        return ResponseEntity.status(drafted.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/outreach/suggestions/" + draft.id())).eTag(Versions.etag(draft.version()))
                .body(new DraftAnswer(draft.id(), findingId, draft.version()));
    }

    /** Where the draft is; read and edit it as any suggestion. */
    record DraftAnswer(String suggestionId, String findingId, Long version) {
    }
}
