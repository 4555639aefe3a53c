package cn.procuratorate.wages.petitions.petition;

import cn.procuratorate.wages.common.privacy.PersonalDataMasking;
import cn.procuratorate.wages.common.privacy.PersonalDataMasking.Disclosure;
import cn.procuratorate.wages.common.privacy.PersonalText;
import cn.procuratorate.wages.common.privacy.Phone;
import cn.procuratorate.wages.common.privacy.PhoneNumber;
import cn.procuratorate.wages.common.privacy.ResidentId;
import cn.procuratorate.wages.common.privacy.ResidentIdNumber;
import cn.procuratorate.wages.common.problem.ApiException;
import cn.procuratorate.wages.common.problem.NotFoundException;
import cn.procuratorate.wages.common.problem.ProblemKind;
import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.common.security.UnitScope;
import cn.procuratorate.wages.common.web.PageRequests;
import cn.procuratorate.wages.common.web.PageView;
import cn.procuratorate.wages.petitions.clients.CaseServiceClient;
import cn.procuratorate.wages.petitions.clients.CaseServiceClient.LinkedCase;
import cn.procuratorate.wages.petitions.petition.PetitionerIdentity.Shown;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/petitions")
@Tag(name = "petitions", description = "Register and read petitions")
class PetitionController {

    private static final Logger log = LoggerFactory.getLogger(PetitionController.class);

    /** Who may read petitions: the unit's petition desk, its procurators and supervisors. */
    static final String READERS = "hasAnyRole('CLERK', 'PROCURATOR', 'SUPERVISOR')";

    private final PetitionStore store;
    private final PetitionerIdentity identity;
    private final CaseServiceClient cases;
    private final Clock clock;

    PetitionController(PetitionStore store, PetitionerIdentity identity, CaseServiceClient cases, Clock clock) {
        this.store = store;
        this.identity = identity;
        this.cases = cases;
        this.clock = clock;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('CLERK', 'SUPERVISOR')")
    @Operation(summary = "Register a petition received by the caller's unit",
            description = "The petitioner's ID number and phone are stored encrypted; the answer shows them masked.")
    ResponseEntity<PetitionView> register(@Valid @RequestBody NewPetition request) {
        String unit = UnitScope.forWrite(Caller.required(), null);
        Petition saved = store.insert(new Petition(request.channel(), unit, request.petitionerName().strip(),
                identity.seal(residentIdOf(request.petitionerResidentId())),
                identity.seal(phoneOf(request.petitionerPhone())),
                request.summary().strip(), request.regionCode(), request.linkedCaseId(), Instant.now(clock)));
        return ResponseEntity.created(URI.create("/api/petitions/" + saved.id()))
                .body(PetitionView.of(saved, identity.show(saved, Disclosure.MASKED)));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "Read one petition of the caller's unit",
            description = "Personal data is masked unless reveal=personal-data is asked for by a role that needs it.")
    ResponseEntity<PetitionView> get(@PathVariable String id,
            @Parameter(description = "personal-data: show the petitioner's ID number and phone in full")
            @RequestParam(name = PersonalDataMasking.REVEAL_PARAMETER, required = false) String reveal) {
        Caller caller = Caller.required();
        Petition petition = find(id);
        Disclosure disclosure = PersonalDataMasking.forRecord(caller, petition.unit(), reveal);
        PetitionView view = PetitionView.of(petition, identity.show(petition, disclosure));
        if (disclosure == Disclosure.FULL) {
            // Who saw whose full identity, and when (the values themselves never reach a log).
            log.info("Personal data of petition {} shown in full to {}", petition.id(), caller.subject());
            return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(view);
        }
        return ResponseEntity.ok(view);
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "List the petitions of the caller's unit, newest first; personal data always masked",
            description = "residentId: only the petitions of that person, found by a keyed hash of the number.")
    PageView<PetitionView> list(@RequestParam(required = false) Channel channel,
            @Schema(type = "string") @RequestParam(required = false) @ResidentId PersonalText residentId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageRequests.DEFAULT_SIZE) int size) {
        List<String> hashes = residentId == null ? null : identity.lookupHashes(residentIdOf(residentId));
        return PageView.of(store.list(UnitScope.readable(Caller.required()), channel, hashes,
                        PageRequests.of(page, size, Sort.by(Sort.Direction.DESC, "receivedAt"))),
                petition -> PetitionView.of(petition, identity.show(petition, PersonalDataMasking.forList())));
    }

    /** The case this petition is linked to, read from case-service (503 when it is unavailable). */
    @GetMapping("/{id}/case")
    @PreAuthorize(READERS)
    @Operation(summary = "Read the case a petition is linked to, from case-service")
    LinkedCase linkedCase(@PathVariable String id) {
        Petition petition = find(id);
        if (petition.linkedCaseId() == null) {
            throw new ApiException(ProblemKind.NOT_FOUND, "petition.detail.no-linked-case", id);
        }
        return cases.getCase(petition.linkedCaseId());
    }

    private Petition find(String id) {
        return store.find(id, UnitScope.readable(Caller.required()))
                .orElseThrow(() -> new NotFoundException("petition", id));
    }

    /** Already validated by {@code @Phone}: here it is only normalised (digits only, no +86). */
    private static PhoneNumber phoneOf(PersonalText text) {
        return text == null ? null : PhoneNumber.of(text.text());
    }

    /** Already validated by {@code @ResidentId}: here it is only normalised (x to X, blanks trimmed). */
    private ResidentIdNumber residentIdOf(PersonalText text) {
        return text == null ? null : ResidentIdNumber.of(text.text(), ResidentIdNumber.today(clock));
    }

    /**
     * ID number and phone are {@link PersonalText}, not {@code String}: Spring prints request bodies and rejected
     * values in its debug lines, and this type prints itself without the value.
     */
    record NewPetition(
            @NotNull Channel channel,
            @NotBlank @Size(max = 100) String petitionerName,
            @Schema(type = "string", description = "resident ID number (居民身份证号码), optional", example = "11010519491231002X")
            @ResidentId PersonalText petitionerResidentId,
            @Schema(type = "string", description = "mobile or landline, optional", example = "138 1234 5678")
            @Phone PersonalText petitionerPhone,
            @NotBlank @Size(max = 4000) String summary,
            @NotBlank @Pattern(regexp = "\\d{6}") String regionCode,
            @Pattern(regexp = "[0-9a-f]{24}") String linkedCaseId) {
    }

    /** {@code personalData}: whether the ID number and phone are shown {@code MASKED} or in {@code FULL}. */
    record PetitionView(String id, Channel channel, String unit, String petitionerName,
            @Schema(type = "string", example = "110105********002X") PersonalText petitionerResidentId,
            @Schema(type = "string", example = "138****5678") PersonalText petitionerPhone,
            Disclosure personalData, String summary, String regionCode, String linkedCaseId, Instant receivedAt,
            Long version) {

        static PetitionView of(Petition p, Shown shown) {
            return new PetitionView(p.id(), p.channel(), p.unit(), p.petitionerName(), shown.residentId(),
                    shown.phone(), shown.disclosure(), p.summary(), p.regionCode(), p.linkedCaseId(), p.receivedAt(),
                    p.version());
        }
    }
}
