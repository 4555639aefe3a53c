package cn.procuratorate.wages.outreach.suggestions;

import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.common.web.Versions;
import cn.procuratorate.wages.outreach.suggestions.SuggestionRequests.EscalationRequest;
import cn.procuratorate.wages.outreach.suggestions.SuggestionRequests.IssueRequest;
import cn.procuratorate.wages.outreach.suggestions.SuggestionRequests.Note;
import cn.procuratorate.wages.outreach.suggestions.SuggestionRequests.RectificationRequest;
import cn.procuratorate.wages.outreach.suggestions.SuggestionRequests.ReplyRequest;
import cn.procuratorate.wages.outreach.suggestions.SuggestionViews.SuggestionView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The steps of a suggestion's life ({@link SuggestionWorkflow}). Each names the version it was based on in
 * If-Match (428 without, 409 when stale); a step the stage does not allow is 409 with rule
 * {@code suggestion.illegal-transition}, a step a rule refuses 422 with the rule's code; nothing changes either way.
 */
@RestController
@RequestMapping("/api/outreach/suggestions/{id}")
@Tag(name = "suggestions")
class SuggestionStepsController {

    private static final String SUPERVISOR = "hasRole('SUPERVISOR')";

    private final Suggestions suggestions;

    SuggestionStepsController(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    @PostMapping("/issue")
    @PreAuthorize(SUPERVISOR)
    @Operation(summary = "Issue a draft: signed, delivered in writing or announced publicly; the reply clock starts",
            description = "Supervisors only (the 2019 rules leave issuing to the chief procurator's decision). The "
                    + "reply is due 2 months after delivery, or sooner when urgent (replyWithinDays, 15 when absent). "
                    + "422: recipient or request missing (suggestion.incomplete), a retrial suggestion not to a court, "
                    + "dates in the future or out of order, an urgent period not shorter than 2 months.")
    ResponseEntity<SuggestionView> issue(@PathVariable String id,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody IssueRequest request) {
        long version = Versions.fromIfMatch(ifMatch);
        Issuing order = new Issuing(request.issuedOn() == null ? suggestions.today() : request.issuedOn(),
                stripped(request.documentNumber()), request.delivery(), request.deliveredOn(),
                Boolean.TRUE.equals(request.urgent()), request.replyWithinDays());
        return answer(suggestions.issue(id, version, order, Caller.required()));
    }

    @PostMapping("/replies")
    @PreAuthorize(SuggestionController.WRITERS)
    @Operation(summary = "Record the recipient's written reply (a further one replaces it as the one that counts)")
    ResponseEntity<SuggestionView> reply(@PathVariable String id,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ReplyRequest request) {
        long version = Versions.fromIfMatch(ifMatch);
        return answer(suggestions.reply(id, version, request.toReply(), Caller.required()));
    }

    @PostMapping("/rectification")
    @PreAuthorize(SuggestionController.WRITERS)
    @Operation(summary = "Record the rectification the recipient completed",
            description = "422 suggestion.rectification-needs-adoption when the reply did not adopt the suggestion.")
    ResponseEntity<SuggestionView> rectify(@PathVariable String id,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody RectificationRequest request) {
        long version = Versions.fromIfMatch(ifMatch);
        return answer(suggestions.rectify(id, version,
                new Rectification(request.completedOn(), request.description().strip()), Caller.required()));
    }

    @PostMapping("/escalations")
    @PreAuthorize(SUPERVISOR)
    @Operation(summary = "Report or notify above the recipient (提请上级检察院、通报上级机关…)",
            description = "Allowed when, on escalatedOn, the reply was overdue (none by the day after the due date) "
                    + "or said nothing or did not adopt the suggestion without reasons. Otherwise 422: "
                    + "escalation.reply-not-overdue or escalation.reply-adequate. The stage stays as it was.")
    ResponseEntity<SuggestionView> escalate(@PathVariable String id,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody EscalationRequest request) {
        long version = Versions.fromIfMatch(ifMatch);
        return answer(suggestions.escalate(id, version,
                request.escalatedOn() == null ? suggestions.today() : request.escalatedOn(), request.target(),
                request.toWhom().strip(), request.reason().strip(), Caller.required()));
    }

    @PostMapping("/close")
    @PreAuthorize(SuggestionController.WRITERS)
    @Operation(summary = "Close a replied or rectified suggestion (one without reply only once escalated)")
    ResponseEntity<SuggestionView> close(@PathVariable String id,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody Note request) {
        long version = Versions.fromIfMatch(ifMatch);
        return answer(suggestions.close(id, version, request.note().strip(), Caller.required()));
    }

    @PostMapping("/withdraw")
    @PreAuthorize(SuggestionController.WRITERS)
    @Operation(summary = "Withdraw a draft that will not be issued (e.g. a detected problem that proved unfounded)")
    ResponseEntity<SuggestionView> withdraw(@PathVariable String id,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody Note request) {
        long version = Versions.fromIfMatch(ifMatch);
        return answer(suggestions.withdraw(id, version, request.note().strip(), Caller.required()));
    }

    private ResponseEntity<SuggestionView> answer(Suggestion changed) {
        return SuggestionController.answer(changed, suggestions);
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
