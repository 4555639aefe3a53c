package cn.procuratorate.wages.petitions.petition;

import cn.procuratorate.wages.common.problem.ApiException;
import cn.procuratorate.wages.common.problem.NotFoundException;
import cn.procuratorate.wages.common.problem.ProblemKind;
import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.common.security.UnitScope;
import cn.procuratorate.wages.common.web.PageRequests;
import cn.procuratorate.wages.common.web.PageView;
import cn.procuratorate.wages.petitions.clients.CaseServiceClient;
import cn.procuratorate.wages.petitions.clients.CaseServiceClient.LinkedCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import org.springframework.data.domain.Sort;
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

    /** Who may read petitions: the unit's petition desk, its procurators and supervisors. */
    static final String READERS = "hasAnyRole('CLERK', 'PROCURATOR', 'SUPERVISOR')";

    private final PetitionStore store;
    private final CaseServiceClient cases;
    private final Clock clock;

    PetitionController(PetitionStore store, CaseServiceClient cases, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.clock = clock;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('CLERK', 'SUPERVISOR')")
    @Operation(summary = "Register a petition received by the caller's unit")
    ResponseEntity<PetitionView> register(@Valid @RequestBody NewPetition request) {
        String unit = UnitScope.forWrite(Caller.required(), null);
        Petition saved = store.insert(new Petition(request.channel(), unit, request.petitionerName().strip(),
                request.summary().strip(), request.regionCode(), request.linkedCaseId(), Instant.now(clock)));
        return ResponseEntity.created(URI.create("/api/petitions/" + saved.id())).body(PetitionView.of(saved));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "Read one petition of the caller's unit")
    PetitionView get(@PathVariable String id) {
        return PetitionView.of(find(id));
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "List the petitions of the caller's unit, newest first")
    PageView<PetitionView> list(@RequestParam(required = false) Channel channel,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageRequests.DEFAULT_SIZE) int size) {
        return PageView.of(store.list(UnitScope.readable(Caller.required()), channel, PageRequests.of(page, size, Sort.by(Sort.Direction.DESC, "receivedAt"))),
                PetitionView::of);
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

    record NewPetition(
            @NotNull Channel channel,
            @NotBlank @Size(max = 100) String petitionerName,
            @NotBlank @Size(max = 4000) String summary,
            @NotBlank @Pattern(regexp = "\\d{6}") String regionCode,
            @Pattern(regexp = "[0-9a-f]{24}") String linkedCaseId) {
    }

    record PetitionView(String id, Channel channel, String unit, String petitionerName, String summary,
            String regionCode, String linkedCaseId, Instant receivedAt, Long version) {

        static PetitionView of(Petition p) {
            return new PetitionView(p.id(), p.channel(), p.unit(), p.petitionerName(), p.summary(), p.regionCode(),
                    p.linkedCaseId(), p.receivedAt(), p.version());
        }
    }
}
