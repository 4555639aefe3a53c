package cn.procuratorate.wages.outreach.suggestions;

import cn.procuratorate.wages.common.problem.ApiException;
import cn.procuratorate.wages.common.problem.ProblemKind;
import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.common.security.UnitScope;
import cn.procuratorate.wages.common.web.PageRequests;
import cn.procuratorate.wages.common.web.PageView;
import cn.procuratorate.wages.common.web.Versions;
import cn.procuratorate.wages.outreach.suggestions.SuggestionRequests.NewSuggestion;
import cn.procuratorate.wages.outreach.suggestions.SuggestionRequests.SuggestionEdit;
import cn.procuratorate.wages.outreach.suggestions.SuggestionStore.SuggestionQuery;
import cn.procuratorate.wages.outreach.suggestions.SuggestionViews.SuggestionView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/outreach/suggestions")
@Validated
@Tag(name = "suggestions", description = "Procuratorial suggestions (检察建议): drafts, issue, replies, escalation")
class SuggestionController {

    /** Who may read suggestions: the unit's staff, and the platform's services. */
    static final String READERS = "hasAnyRole('CLERK', 'PROCURATOR', 'SUPERVISOR', 'SERVICE')";
    /** Who may write them: procurators and supervisors of the unit (supervisors alone issue and escalate). */
    static final String WRITERS = "hasAnyRole('PROCURATOR', 'SUPERVISOR')";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final java.util.regex.Pattern KEY_SHAPE = java.util.regex.Pattern.compile("[\\x21-\\x7E]{1,100}");

    private final Suggestions suggestions;
    private final SuggestionStore store;

    SuggestionController(Suggestions suggestions, SuggestionStore store) {
        this.suggestions = suggestions;
        this.store = store;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('PROCURATOR', 'SUPERVISOR', 'SERVICE')")
    @Operation(summary = "Draft a suggestion, also in one call from evidence (cases, petitions, detected problems)",
            description = "201 with the draft. With an Idempotency-Key, the same call again answers 200 with the same "
                    + "draft; the same key with another draft is 422. A service names the unit.")
    ResponseEntity<SuggestionView> draft(@Valid @RequestBody NewSuggestion request,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        if (idempotencyKey != null && !KEY_SHAPE.matcher(idempotencyKey).matches()) {
            throw new ApiException(ProblemKind.VALIDATION, "suggestion.detail.bad-idempotency-key");
        }
        Suggestions.Drafted drafted = suggestions.draft(request.toContent(), request.unit(), idempotencyKey,
                Caller.required());
        Suggestion draft = drafted.suggestion();
        return ResponseEntity.status(drafted.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/outreach/suggestions/" + draft.id())).eTag(Versions.etag(draft.version()))
                .body(view(draft));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "Read one suggestion of the caller's unit",
            description = "The ETag is the version a change must name in If-Match.")
    ResponseEntity<SuggestionView> get(@PathVariable String id) {
        Suggestion suggestion = suggestions.find(id, Caller.required());
        return ResponseEntity.ok().eTag(Versions.etag(suggestion.version())).body(view(suggestion));
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "List the suggestions of the caller's unit, newest first (by due date with overdue or "
            + "dueWithinDays)", description = "overdue: issued, no reply, past the due date. dueWithinDays: issued, "
            + "no reply, due within that many days from today.")
    PageView<SuggestionView> list(
            @RequestParam(required = false) SuggestionKind kind,
            @RequestParam(required = false) SuggestionStage stage,
            @Parameter(description = "the recipient's sector") @RequestParam(required = false)
            Recipient.Sector sector,
            @Parameter(description = "the recipient's region") @RequestParam(required = false)
            @Pattern(regexp = SuggestionRequests.REGION_CODE) String regionCode,
            @RequestParam(required = false) Boolean escalated,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) @Min(0) @Max(366) Integer dueWithinDays,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageRequests.DEFAULT_SIZE) int size) {
        if (overdue && dueWithinDays != null) {
            throw new ApiException(ProblemKind.VALIDATION, "suggestion.detail.overdue-or-due-soon");
        }
        LocalDate today = suggestions.today();
        SuggestionQuery query = new SuggestionQuery(UnitScope.readable(Caller.required()), kind, stage, sector,
                regionCode, escalated, overdue ? today : null, dueWithinDays == null ? null : today,
                dueWithinDays == null ? null : today.plusDays(dueWithinDays));
        Sort sort = overdue || dueWithinDays != null ? Sort.by(Sort.Direction.ASC, "replyDueOn")
                : Sort.by(Sort.Direction.DESC, "createdAt");
        return PageView.of(store.list(query, PageRequests.of(page, size, sort)), this::view);
    }

    @PutMapping("/{id}")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Replace the content of a draft (kind, recipient, problem, request, evidence)",
            description = "If-Match must name the version read; an older one gets 409. An issued suggestion is not "
                    + "edited: 409.")
    ResponseEntity<SuggestionView> edit(@PathVariable String id,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody SuggestionEdit request) {
        long version = Versions.fromIfMatch(ifMatch);
        return answer(suggestions.edit(id, version, request.toContent(), Caller.required()), suggestions);
    }

    @GetMapping("/{id}/timeline")
    @PreAuthorize(READERS)
    @Operation(summary = "Every change of a suggestion, oldest first: who, when, what and why")
    List<TimelineEntry> timeline(@PathVariable String id) {
        return suggestions.find(id, Caller.required()).timeline();
    }

    /** The suggestion after a change, with the version the next change must name. */
    static ResponseEntity<SuggestionView> answer(Suggestion suggestion, Suggestions suggestions) {
        return ResponseEntity.ok().eTag(Versions.etag(suggestion.version())).body(view(suggestion, suggestions));
    }

    private SuggestionView view(Suggestion suggestion) {
        return view(suggestion, suggestions);
    }

    private static SuggestionView view(Suggestion suggestion, Suggestions suggestions) {
        return SuggestionView.of(suggestion, suggestions.allowed(suggestion, Caller.required()),
                suggestions.escalationGround(suggestion).orElse(null), suggestions.today());
    }
}
