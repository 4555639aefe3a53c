package cn.procuratorate.wages.cases.casefile;

import cn.procuratorate.wages.cases.casefile.CaseRequests.CaseDescription;
import cn.procuratorate.wages.cases.casefile.CaseRequests.NewCase;
import cn.procuratorate.wages.cases.casefile.CaseRequests.WorkerRequest;
import cn.procuratorate.wages.cases.casefile.CaseViews.CaseSummary;
import cn.procuratorate.wages.cases.casefile.CaseViews.CaseView;
import cn.procuratorate.wages.cases.workflow.CaseType;
import cn.procuratorate.wages.cases.workflow.Stage;
import cn.procuratorate.wages.cases.workflow.Workflows;
import cn.procuratorate.wages.common.identifiers.CreditCode;
import cn.procuratorate.wages.common.identifiers.Industry;
import cn.procuratorate.wages.common.privacy.PersonalDataMasking;
import cn.procuratorate.wages.common.privacy.PersonalDataMasking.Disclosure;
import cn.procuratorate.wages.common.privacy.PersonalText;
import cn.procuratorate.wages.common.privacy.PhoneNumber;
import cn.procuratorate.wages.common.privacy.ResidentId;
import cn.procuratorate.wages.common.privacy.ResidentIdNumber;
import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.common.security.UnitScope;
import cn.procuratorate.wages.common.web.PageRequests;
import cn.procuratorate.wages.common.web.PageView;
import cn.procuratorate.wages.common.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
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
@RequestMapping("/api/cases")
@Validated
@Tag(name = "cases", description = "Register, read, list and update cases")
class CaseFileController {

    private static final Logger log = LoggerFactory.getLogger(CaseFileController.class);

    /** Who may read cases: staff of the unit (clerks for the cases their petitions lead to) and services. */
    static final String READERS = "hasAnyRole('PROCURATOR', 'CLERK', 'SUPERVISOR', 'SERVICE')";
    /** Who may register and change cases: procurators and supervisors of the unit, and services. */
    static final String HANDLERS = "hasAnyRole('PROCURATOR', 'SUPERVISOR', 'SERVICE')";

    private final Cases cases;
    private final CaseFileStore store;
    private final Workflows workflows;
    private final WorkerIdentity identity;
    private final Clock clock;

    CaseFileController(Cases cases, CaseFileStore store, Workflows workflows, WorkerIdentity identity, Clock clock) {
        this.cases = cases;
        this.store = store;
        this.workflows = workflows;
        this.identity = identity;
        this.clock = clock;
    }

    @PostMapping
    @PreAuthorize(HANDLERS)
    @Operation(summary = "Register a case in the caller's unit (a service names the unit)",
            description = "The case gets the next number of its unit and year; workers' ID numbers and phones are "
                    + "stored encrypted and shown masked.")
    ResponseEntity<CaseView> register(@Valid @RequestBody NewCase request) {
        CaseFile saved = cases.register(registration(request, request.source() == null ? null
                : request.source().toSource()), Caller.required());
        return ResponseEntity.created(URI.create("/api/cases/" + saved.id())).eTag(Versions.etag(saved.version()))
                .body(view(saved, Disclosure.MASKED));
    }

    @PostMapping("/from-petition/{petitionId}")
    @PreAuthorize("hasAnyRole('PROCURATOR', 'CLERK', 'SUPERVISOR', 'SERVICE')")
    @Operation(summary = "The case a petition is routed into, created once",
            description = "201 with the new case the first time; 200 with the same case for the same petition id "
                    + "afterwards, so a retried routing never opens a second case.")
    ResponseEntity<CaseView> fromPetition(
            @PathVariable @Pattern(regexp = "[\\w\\-]{1,64}") String petitionId,
            @Valid @RequestBody NewCase request) {
        Cases.Registered registered = cases.registerOnce(
                registration(request, new CaseSource(SourceKind.PETITION, petitionId)), Caller.required());
        CaseFile caseFile = registered.caseFile();
        return ResponseEntity.status(registered.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/cases/" + caseFile.id())).eTag(Versions.etag(caseFile.version()))
                .body(view(caseFile, Disclosure.MASKED));
    }

    /** A case of another unit is "not found": its existence is not the caller's business either. */
    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "Read one case of the caller's unit",
            description = "Personal data is masked unless reveal=personal-data is asked for by a role that needs it. "
                    + "The ETag is the version an update must name in If-Match.")
    ResponseEntity<CaseView> get(@PathVariable String id,
            @Parameter(description = "personal-data: show the workers' ID numbers and phones in full")
            @RequestParam(name = PersonalDataMasking.REVEAL_PARAMETER, required = false) String reveal) {
        Caller caller = Caller.required();
        CaseFile caseFile = cases.find(id, caller);
        Disclosure disclosure = PersonalDataMasking.forRecord(caller, caseFile.unit(), reveal);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().eTag(Versions.etag(caseFile.version()));
        if (disclosure == Disclosure.FULL) {
            // Who saw whose full identity, and when (the values themselves never reach a log).
            log.info("Personal data of case {} shown in full to {}", caseFile.id(), caller.subject());
            answer.cacheControl(CacheControl.noStore());
        }
        return answer.body(view(caseFile, disclosure));
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "List the cases of the caller's unit, newest first (most urgent first with overdue or "
            + "dueWithinDays)", description = "residentId finds a worker's cases by a keyed hash of the number; "
            + "employerName matches part of the name.")
    PageView<CaseSummary> list(
            @RequestParam(required = false) CaseType type,
            @RequestParam(required = false) Stage stage,
            @RequestParam(required = false) @Pattern(regexp = CaseRequests.REGION_CODE) String regionCode,
            @RequestParam(required = false) @Industry String industryCode,
            @RequestParam(required = false) @Size(max = 100) String handlerId,
            @RequestParam(required = false) @CreditCode String employerCreditCode,
            @RequestParam(required = false) @Size(min = 1, max = 100) String employerName,
            @Schema(type = "string") @RequestParam(required = false) @ResidentId PersonalText residentId,
            @Parameter(description = "only open cases whose current stage is past its due date")
            @RequestParam(defaultValue = "false") boolean overdue,
            @Parameter(description = "only open cases whose current stage falls due within this many days")
            @RequestParam(required = false) @Min(0) @Max(366) Integer dueWithinDays,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageRequests.DEFAULT_SIZE) int size) {
        Caller caller = Caller.required();
        LocalDate today = cases.today();
        List<String> hashes = residentId == null ? null
                : identity.lookupHashes(ResidentIdNumber.of(residentId.text(), today));
        CaseQuery query = new CaseQuery(UnitScope.readable(caller), type, stage, regionCode,
                industryCode == null ? null : industryCode.strip().toUpperCase(), handlerId,
                employerCreditCode == null ? null : employerCreditCode.strip().toUpperCase(),
                employerName == null ? null : employerName.strip(), hashes, overdue ? today : null,
                dueWithinDays == null ? null : today, dueWithinDays == null ? null : today.plusDays(dueWithinDays));
        Sort sort = overdue || dueWithinDays != null
                ? Sort.by(Sort.Direction.ASC, "dueOn").and(Sort.by(Sort.Direction.DESC, "createdAt"))
                : Sort.by(Sort.Direction.DESC, "createdAt");
        return PageView.of(store.list(query, PageRequests.of(page, size, sort)), c -> CaseSummary.of(c, today));
    }

    @PutMapping("/{id}")
    @PreAuthorize(HANDLERS)
    @Operation(summary = "Replace the description of a case (title, region, industry, employer, project, workers)",
            description = "If-Match must name the version read (its ETag); an older one gets 409. A worker given "
                    + "with its id keeps its stored ID number and phone unless new ones are given.")
    ResponseEntity<CaseView> describe(@PathVariable String id,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CaseDescription request) {
        long version = Versions.fromIfMatch(ifMatch);
        CaseFile saved = cases.describe(id, version, new Cases.Description(request.title().strip(),
                request.regionCode(), request.industryCode().strip().toUpperCase(), request.employer().toEmployer(),
                request.project() == null ? null : request.project().toProject(), workers(request.workers())),
                Caller.required());
        return ResponseEntity.ok().eTag(Versions.etag(saved.version())).body(view(saved, Disclosure.MASKED));
    }

    @GetMapping("/{id}/timeline")
    @PreAuthorize(READERS)
    @Operation(summary = "Every change of a case, oldest first: who, when, what and why")
    List<TimelineEntry> timeline(@PathVariable String id) {
        return cases.find(id, Caller.required()).timeline();
    }

    @GetMapping("/figures")
    @PreAuthorize(HANDLERS)
    @Operation(summary = "Case counts per region of the caller's unit, for the outreach service's statistics")
    CaseFigures figures() {
        List<CaseFileStore.RegionCount> regions = store.countByRegion(UnitScope.readable(Caller.required()));
        return new CaseFigures(regions.stream().mapToLong(CaseFileStore.RegionCount::cases).sum(),
                regions.stream().map(r -> new CaseFigures.Region(r.regionCode(), r.cases())).toList());
    }

    private Cases.Registration registration(NewCase request, CaseSource source) {
        return new Cases.Registration(request.type(), request.entry(),
                request.facts() == null ? null : request.facts().toFacts(), request.title().strip(),
                request.regionCode(), request.industryCode().strip().toUpperCase(), request.employer().toEmployer(),
                request.project() == null ? null : request.project().toProject(), workers(request.workersOrNone()),
                source, request.handlerId(), request.receivedOn(), request.unit());
    }

    private List<Cases.NewWorker> workers(List<WorkerRequest> requests) {
        LocalDate today = cases.today();
        return requests.stream().map(w -> new Cases.NewWorker(w.id(), w.name().strip(),
                w.residentId() == null ? null : ResidentIdNumber.of(w.residentId().text(), today),
                w.phone() == null ? null : PhoneNumber.of(w.phone().text()), w.monthsOwed(),
                new BigDecimal(w.amountOwed()).setScale(2))).toList();
    }

    private CaseView view(CaseFile caseFile, Disclosure disclosure) {
        LocalDate today = cases.today();
        return CaseView.of(caseFile, identity, disclosure,
                workflows.allowedActions(caseFile.workflow(), cases.actorOf(Caller.required())), today);
    }

    record CaseFigures(long total, List<Region> regions) {

        record Region(String regionCode, long cases) {
        }
    }
}
