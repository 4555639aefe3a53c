package cn.procuratorate.wages.petitions.petition;

import cn.procuratorate.wages.common.privacy.PersonalDataMasking;
import cn.procuratorate.wages.common.privacy.PersonalDataMasking.Disclosure;
import cn.procuratorate.wages.common.privacy.PersonalText;
import cn.procuratorate.wages.common.privacy.PhoneNumber;
import cn.procuratorate.wages.common.privacy.ResidentId;
import cn.procuratorate.wages.common.privacy.ResidentIdNumber;
import cn.procuratorate.wages.common.problem.ApiException;
import cn.procuratorate.wages.common.problem.ProblemKind;
import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.common.security.UnitScope;
import cn.procuratorate.wages.common.web.PageRequests;
import cn.procuratorate.wages.common.web.PageView;
import cn.procuratorate.wages.common.web.Versions;
import cn.procuratorate.wages.petitions.clients.CaseServiceClient;
import cn.procuratorate.wages.petitions.clients.CaseServiceClient.LinkedCase;
import cn.procuratorate.wages.petitions.petition.PetitionRequests.Assignment;
import cn.procuratorate.wages.petitions.petition.PetitionRequests.NewHandling;
import cn.procuratorate.wages.petitions.petition.PetitionRequests.NewPetition;
import cn.procuratorate.wages.petitions.petition.PetitionRequests.NewReply;
import cn.procuratorate.wages.petitions.petition.PetitionRequests.NewRouting;
import cn.procuratorate.wages.petitions.petition.PetitionStore.PetitionQuery;
import cn.procuratorate.wages.petitions.petition.PetitionViews.PetitionView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/petitions")
@Tag(name = "petitions", description = "Register petitions, reply to them, route them into cases")
class PetitionController {

    private static final Logger log = LoggerFactory.getLogger(PetitionController.class);

    /** Who may read petitions: the unit's petition desk, its procurators and supervisors. */
    static final String READERS = "hasAnyRole('CLERK', 'PROCURATOR', 'SUPERVISOR')";
    /** Who works the desk: clerks and their supervisors. */
    static final String DESK = "hasAnyRole('CLERK', 'SUPERVISOR')";

    private final PetitionStore store;
    private final Petitions petitions;
    private final PetitionIntake intake;
    private final PetitionerIdentity identity;
    private final CaseServiceClient cases;
    private final Clock clock;

    PetitionController(PetitionStore store, Petitions petitions, PetitionIntake intake, PetitionerIdentity identity,
            CaseServiceClient cases, Clock clock) {
        this.store = store;
        this.petitions = petitions;
        this.intake = intake;
        this.identity = identity;
        this.cases = cases;
        this.clock = clock;
    }

    @PostMapping
    @PreAuthorize(DESK)
    @Operation(summary = "Register a petition received by the caller's unit (letter, visit, hotline, referral)",
            description = "The petitioner's ID number and phone are stored encrypted; the answer shows them masked, "
                    + "with the reply due dates, the priority and a proposed duplicate if there is one.")
    ResponseEntity<PetitionView> register(@Valid @RequestBody NewPetition request) {
        Caller caller = Caller.required();
        String unit = UnitScope.forWrite(caller, null);
        Petition petition = new Petition(request.channel(), unit, request.petitionerName().strip(),
                identity.seal(residentIdOf(request.petitionerResidentId())),
                identity.seal(phoneOf(request.petitionerPhone())), request.summary().strip(), request.regionCode(),
                request.linkedCaseId(), Instant.now(clock));
        Petition saved = intake.register(petition, request.particulars(), request.wageClaim(),
                request.urgencySigns() == null ? Set.of() : request.urgencySigns(), caller);
        return ResponseEntity.created(URI.create("/api/petitions/" + saved.id()))
                .eTag(Versions.etag(saved.version())).body(view(saved, Disclosure.MASKED));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "Read one petition of the caller's unit",
            description = "Personal data is masked unless reveal=personal-data is asked for by a role that needs it.")
    ResponseEntity<PetitionView> get(@PathVariable String id,
            @Parameter(description = "personal-data: show the petitioner's ID number and phone in full")
            @RequestParam(name = PersonalDataMasking.REVEAL_PARAMETER, required = false) String reveal) {
        Caller caller = Caller.required();
        Petition petition = petitions.find(id, caller);
        Disclosure disclosure = PersonalDataMasking.forRecord(caller, petition.unit(), reveal);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().eTag(Versions.etag(petition.version()));
        if (disclosure == Disclosure.FULL) {
            // Who saw whose full identity, and when (the values themselves never reach a log).
            log.info("Personal data of petition {} shown in full to {}", petition.id(), caller.subject());
            answer.cacheControl(CacheControl.noStore());
        }
        return answer.body(view(petition, disclosure));
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "List the petitions of the caller's unit: most urgent first, then newest",
            description = "overdue / dueWithinDays: petitions with a reply still owed past its due date / falling due "
                    + "within that many days, ordered by that date. residentId: a person's petitions, by a keyed hash.")
    PageView<PetitionView> list(@RequestParam(required = false) Channel channel,
            @RequestParam(required = false) PetitionStage stage,
            @RequestParam(required = false) @Size(max = 100) String clerk,
            @Schema(type = "string") @RequestParam(required = false) @ResidentId PersonalText residentId,
            @RequestParam(required = false) RoutingState routing,
            @RequestParam(required = false) Boolean priority,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) @Min(0) @Max(366) Integer dueWithinDays,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageRequests.DEFAULT_SIZE) int size) {
        if (overdue && dueWithinDays != null) {
            throw new ApiException(ProblemKind.VALIDATION, "petition.detail.overdue-or-due-soon");
        }
        LocalDate today = petitions.today();
        List<String> hashes = residentId == null ? null : identity.lookupHashes(residentIdOf(residentId));
        PetitionQuery query = new PetitionQuery(UnitScope.readable(Caller.required()), channel, stage, clerk, hashes,
                routing == null ? null : routing.name(), priority, overdue ? today : null,
                dueWithinDays == null ? null : today, dueWithinDays == null ? null : today.plusDays(dueWithinDays));
        Sort sort = Sort.by(Sort.Direction.ASC, "priorityRank");
        sort = overdue || dueWithinDays != null ? sort.and(Sort.by(Sort.Direction.ASC, "proceduralReplyDue"))
                : sort.and(Sort.by(Sort.Direction.DESC, "receivedAt"));
        return PageView.of(store.list(query, PageRequests.of(page, size, sort)),
                petition -> PetitionView.of(petition, identity.show(petition, PersonalDataMasking.forList()), today));
    }

    @PostMapping("/{id}/replies")
    @PreAuthorize(DESK)
    @Operation(summary = "Record a reply sent to the petitioner (procedural within 7 days, result within 3 months)",
            description = "If-Match must name the version read. A second procedural reply, or a result reply before "
                    + "the petition is handled, is 409.")
    ResponseEntity<PetitionView> reply(@PathVariable String id,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody NewReply reply) {
        long version = Versions.fromIfMatch(ifMatch);
        return answer(petitions.reply(id, version, reply.kind(), reply.text().strip(), reply.channel(),
                reply.sentOn() == null ? petitions.today() : reply.sentOn(), Caller.required()));
    }

    @PostMapping("/{id}/handling")
    @PreAuthorize(DESK)
    @Operation(summary = "Transfer the petition to another agency, answer it directly, or merge it into a duplicate")
    ResponseEntity<PetitionView> handle(@PathVariable String id,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody NewHandling handling) {
        long version = Versions.fromIfMatch(ifMatch);
        Caller caller = Caller.required();
        return answer(petitions.handle(id, version, new Handling(handling.outcome(), handling.agency(),
                handling.mergedInto(), handling.note(), petitions.today(), caller.subject()), caller));
    }

    @PostMapping("/{id}/routing")
    @PreAuthorize(DESK)
    @Operation(summary = "Route the petition into a case of case-service",
            description = "Accepted at once and kept in the petition (202, routing PENDING) whether or not "
                    + "case-service answers now; delivered exactly once, then the case number shows (DELIVERED). "
                    + "A refusal by case-service (4xx) shows as REFUSED with its reason and is not retried.")
    ResponseEntity<PetitionView> route(@PathVariable String id,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody NewRouting routing) {
        long version = Versions.fromIfMatch(ifMatch);
        Petition routed = petitions.route(id, version, routing.caseType(), routing.industryCode().toUpperCase(),
                routing.employerKind(), routing.employerCreditCode() == null ? null
                        : routing.employerCreditCode().strip().toUpperCase(), Caller.required());
        return ResponseEntity.status(HttpStatus.ACCEPTED).eTag(Versions.etag(routed.version()))
                .body(view(routed, Disclosure.MASKED));
    }

    @PostMapping("/{id}/close")
    @PreAuthorize(DESK)
    @Operation(summary = "Close a petition whose result reply was sent (or a merged duplicate)")
    ResponseEntity<PetitionView> close(@PathVariable String id,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch) {
        return answer(petitions.close(id, Versions.fromIfMatch(ifMatch), Caller.required()));
    }

    @PostMapping("/{id}/assignment")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Give the petition to a clerk of the desk")
    ResponseEntity<PetitionView> assign(@PathVariable String id,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody Assignment assignment) {
        return answer(petitions.assign(id, Versions.fromIfMatch(ifMatch), assignment.clerk().strip(),
                Caller.required()));
    }

    @GetMapping("/{id}/timeline")
    @PreAuthorize(READERS)
    @Operation(summary = "Every change of a petition, oldest first")
    List<TimelineEntry> timeline(@PathVariable String id) {
        return petitions.find(id, Caller.required()).timeline();
    }

    /** The case this petition is linked to, read from case-service (503 when it is unavailable). */
    @GetMapping("/{id}/case")
    @PreAuthorize(READERS)
    @Operation(summary = "Read the case a petition is linked to, from case-service")
    LinkedCase linkedCase(@PathVariable String id) {
        Petition petition = petitions.find(id, Caller.required());
        if (petition.linkedCaseId() == null) {
            throw new ApiException(ProblemKind.NOT_FOUND, "petition.detail.no-linked-case", id);
        }
        return cases.getCase(petition.linkedCaseId());
    }

    private ResponseEntity<PetitionView> answer(Petition petition) {
        return ResponseEntity.ok().eTag(Versions.etag(petition.version())).body(view(petition, Disclosure.MASKED));
    }

    private PetitionView view(Petition petition, Disclosure disclosure) {
        return PetitionView.of(petition, identity.show(petition, disclosure), petitions.today());
    }

    /** Already validated by {@code @Phone}: here it is only normalised (digits only, no +86). */
    private static PhoneNumber phoneOf(PersonalText text) {
        return text == null ? null : PhoneNumber.of(text.text());
    }

    /** Already validated by {@code @ResidentId}: here it is only normalised (x to X, blanks trimmed). */
    private ResidentIdNumber residentIdOf(PersonalText text) {
        return text == null ? null : ResidentIdNumber.of(text.text(), ResidentIdNumber.today(clock));
    }
}
