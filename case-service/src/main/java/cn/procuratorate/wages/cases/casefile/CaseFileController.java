package cn.procuratorate.wages.cases.casefile;

import cn.procuratorate.wages.common.problem.NotFoundException;
import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.common.security.UnitScope;
import cn.procuratorate.wages.common.web.PageRequests;
import cn.procuratorate.wages.common.web.PageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases")
@Validated
@Tag(name = "cases", description = "Register and read cases")
class CaseFileController {

    static final String REGION_CODE = "\\d{6}";
    /** Who may read cases: staff of the unit (clerks for the cases their petitions lead to) and services. */
    static final String READERS = "hasAnyRole('PROCURATOR', 'CLERK', 'SUPERVISOR', 'SERVICE')";

    private final CaseFileStore store;
    private final Clock clock;

    CaseFileController(CaseFileStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('PROCURATOR', 'SUPERVISOR', 'SERVICE')")
    @Operation(summary = "Register a case in the caller's unit (a service names the unit)")
    ResponseEntity<CaseView> register(@Valid @RequestBody NewCase request) {
        String unit = UnitScope.forWrite(Caller.required(), request.unit());
        CaseFile saved = store.insert(new CaseFile(request.title().strip(), unit, request.regionCode(),
                request.sourcePetitionId(), Instant.now(clock)));
        return ResponseEntity.created(URI.create("/api/cases/" + saved.id())).body(CaseView.of(saved));
    }

    /** A case of another unit is "not found": its existence is not the caller's business either. */
    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "Read one case of the caller's unit")
    CaseView get(@PathVariable String id) {
        return store.find(id, UnitScope.readable(Caller.required())).map(CaseView::of)
                .orElseThrow(() -> new NotFoundException("case", id));
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "List the cases of the caller's unit, newest first")
    PageView<CaseView> list(@RequestParam(required = false) @Pattern(regexp = REGION_CODE) String regionCode,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageRequests.DEFAULT_SIZE) int size) {
        return PageView.of(store.list(UnitScope.readable(Caller.required()), regionCode, PageRequests.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt"))),
                CaseView::of);
    }

    @GetMapping("/figures")
    @PreAuthorize("hasAnyRole('PROCURATOR', 'SUPERVISOR', 'SERVICE')")
    @Operation(summary = "Case counts per region of the caller's unit, for the outreach service's statistics")
    CaseFigures figures() {
        List<CaseFileStore.RegionCount> regions = store.countByRegion(UnitScope.readable(Caller.required()));
        return new CaseFigures(regions.stream().mapToLong(CaseFileStore.RegionCount::cases).sum(),
                regions.stream().map(r -> new CaseFigures.Region(r.regionCode(), r.cases())).toList());
    }

    record NewCase(
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Pattern(regexp = REGION_CODE) String regionCode,
            @Size(max = 64) String sourcePetitionId,
            /** Only a service names it; staff register in their own unit. */
            @Pattern(regexp = REGION_CODE) String unit) {
    }

    record CaseView(String id, String title, String unit, String regionCode, String sourcePetitionId,
            Instant createdAt, Long version) {

        static CaseView of(CaseFile file) {
            return new CaseView(file.id(), file.title(), file.unit(), file.regionCode(), file.sourcePetitionId(),
                    file.createdAt(), file.version());
        }
    }

    record CaseFigures(long total, List<Region> regions) {

        record Region(String regionCode, long cases) {
        }
    }
}
