package cn.procuratorate.wages.outreach.campaign;

import cn.procuratorate.wages.outreach.materials.Audience;

import cn.procuratorate.wages.common.problem.NotFoundException;
import cn.procuratorate.wages.common.web.PageRequests;
import cn.procuratorate.wages.common.web.PageView;
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
import java.time.LocalDate;
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
@RequestMapping("/api/outreach/campaigns")
@Validated
@Tag(name = "campaigns", description = "Legal publicity campaigns")
class CampaignController {

    static final String STAFF = "hasAnyRole('PROCURATOR', 'CLERK', 'SUPERVISOR')";

    private final CampaignStore store;
    private final Clock clock;

    CampaignController(CampaignStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('PROCURATOR', 'SUPERVISOR')")
    @Operation(summary = "Record a legal publicity campaign")
    ResponseEntity<CampaignView> create(@Valid @RequestBody NewCampaign request) {
        Campaign saved = store.insert(new Campaign(request.title().strip(), request.audience(), request.regionCode(),
                request.startsOn(), Instant.now(clock)));
        return ResponseEntity.created(URI.create("/api/outreach/campaigns/" + saved.id())).body(CampaignView.of(saved));
    }

    @GetMapping("/{id}")
    @PreAuthorize(STAFF)
    @Operation(summary = "Read one campaign")
    CampaignView get(@PathVariable String id) {
        return store.find(id).map(CampaignView::of).orElseThrow(() -> new NotFoundException("campaign", id));
    }

    @GetMapping
    @PreAuthorize(STAFF)
    @Operation(summary = "List campaigns, latest start first")
    PageView<CampaignView> list(@RequestParam(required = false) @Pattern(regexp = "\\d{6}") String regionCode,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageRequests.DEFAULT_SIZE) int size) {
        return PageView.of(store.list(regionCode, PageRequests.of(page, size, Sort.by(Sort.Direction.DESC, "startsOn"))),
                CampaignView::of);
    }

    record NewCampaign(
            @NotBlank @Size(max = 200) String title,
            @NotNull Audience audience,
            @NotBlank @Pattern(regexp = "\\d{6}") String regionCode,
            @NotNull LocalDate startsOn) {
    }

    record CampaignView(String id, String title, Audience audience, String regionCode, LocalDate startsOn,
            Long version) {

        static CampaignView of(Campaign c) {
            return new CampaignView(c.id(), c.title(), c.audience(), c.regionCode(), c.startsOn(), c.version());
        }
    }
}
