package cn.procuratorate.wages.outreach.campaign;

import cn.procuratorate.wages.common.identifiers.Industry;
import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.common.security.UnitScope;
import cn.procuratorate.wages.common.web.PageRequests;
import cn.procuratorate.wages.common.web.PageView;
import cn.procuratorate.wages.common.web.Versions;
import cn.procuratorate.wages.outreach.campaign.CampaignStore.CampaignQuery;
import cn.procuratorate.wages.outreach.materials.Audience;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Sort;
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
@RequestMapping("/api/outreach/campaigns")
@Validated
@Tag(name = "campaigns", description = "Legal publicity campaigns")
class CampaignController {

    /** Staff of the unit read its campaigns; procurators and supervisors record them. */
    static final String STAFF = "hasAnyRole('PROCURATOR', 'CLERK', 'SUPERVISOR')";
    static final String WRITERS = "hasAnyRole('PROCURATOR', 'SUPERVISOR')";
    static final String REGION_CODE = "\\d{6}";

    private final Campaigns campaigns;
    private final CampaignStore store;

    CampaignController(Campaigns campaigns, CampaignStore store) {
        this.campaigns = campaigns;
        this.store = store;
    }

    @PostMapping
    @PreAuthorize(WRITERS)
    @Operation(summary = "Record a legal publicity campaign of the caller's unit",
            description = "422 when it ends before it starts, or names a material the unit may not use (neither "
                    + "its own nor published).")
    ResponseEntity<CampaignView> create(@Valid @RequestBody CampaignRequest request) {
        Campaign saved = campaigns.record(request.toDetails(), Caller.required());
        return ResponseEntity.created(URI.create("/api/outreach/campaigns/" + saved.id()))
                .eTag(Versions.etag(saved.version())).body(CampaignView.of(saved));
    }

    @GetMapping("/{id}")
    @PreAuthorize(STAFF)
    @Operation(summary = "Read one campaign of the caller's unit (ETag: the version an update names)")
    ResponseEntity<CampaignView> get(@PathVariable String id) {
        return answer(campaigns.find(id, Caller.required()));
    }

    @GetMapping
    @PreAuthorize(STAFF)
    @Operation(summary = "List the campaigns of the caller's unit, latest start first",
            description = "from/to: campaigns that started within those days.")
    PageView<CampaignView> list(@RequestParam(required = false) @Pattern(regexp = REGION_CODE) String regionCode,
            @RequestParam(required = false) Audience audience,
            @RequestParam(required = false) @Industry String industryCode,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageRequests.DEFAULT_SIZE) int size) {
        CampaignQuery query = new CampaignQuery(UnitScope.readable(Caller.required()), regionCode, audience,
                industryCode == null ? null : industryCode.strip().toUpperCase(), from, to);
        return PageView.of(store.list(query, PageRequests.of(page, size,
                Sort.by(Sort.Direction.DESC, "details.startsOn"))), CampaignView::of);
    }

    @PutMapping("/{id}")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Replace the details of a campaign, e.g. the people reached once it is over",
            description = "If-Match must name the version read (its ETag); an older one gets 409.")
    ResponseEntity<CampaignView> describe(@PathVariable String id,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CampaignRequest request) {
        long version = Versions.fromIfMatch(ifMatch);
        return answer(campaigns.describe(id, version, request.toDetails(), Caller.required()));
    }

    private static ResponseEntity<CampaignView> answer(Campaign campaign) {
        return ResponseEntity.ok().eTag(Versions.etag(campaign.version())).body(CampaignView.of(campaign));
    }

    record CampaignRequest(
            @Schema(example = "建筑工地农民工工资支付条例宣讲") @NotBlank @Size(max = 200) String title,
            @NotNull Audience audience,
            @Schema(description = "GB/T 4754-2017, when it aimed at one industry", example = "E48") @Industry
            String industryCode,
            @Schema(example = "110105") @NotBlank @Pattern(regexp = REGION_CODE) String regionCode,
            @NotNull LocalDate startsOn,
            @Schema(description = "the last day, for a campaign of several days") LocalDate endsOn,
            @Valid VenueRequest venue,
            @Size(max = 20) List<@NotNull PartnerAgency> partnerAgencies,
            @Min(0) Integer peopleReached,
            @Schema(description = "materials used: the unit's own, or published ones of any unit") @Size(max = 50)
            List<@NotNull @Pattern(regexp = "[0-9a-f]{24}") String> materialIds,
            @Size(max = 2000) String summary) {

        CampaignDetails toDetails() {
            return new CampaignDetails(title.strip(), audience,
                    industryCode == null || industryCode.isBlank() ? null : industryCode.strip().toUpperCase(),
                    regionCode, startsOn, endsOn, venue == null ? null : venue.toVenue(),
                    partnerAgencies == null ? List.of() : partnerAgencies.stream().distinct().toList(), peopleReached,
                    materialIds == null ? List.of() : materialIds.stream().distinct().toList(),
                    summary == null || summary.isBlank() ? null : summary.strip());
        }
    }

    record VenueRequest(
            @NotNull Venue.Kind kind,
            @Schema(example = "朝阳区某安置房项目工地") @NotBlank @Size(max = 200) String name) {

        Venue toVenue() {
            return new Venue(kind, name.strip());
        }
    }

    record CampaignView(String id, String unit, String title, Audience audience, String industryCode,
            String regionCode, LocalDate startsOn, LocalDate endsOn, Venue venue, List<PartnerAgency> partnerAgencies,
            Integer peopleReached, List<String> materialIds, String summary, String createdBy, Instant createdAt,
            String updatedBy, Instant updatedAt, Long version) {

        static CampaignView of(Campaign c) {
            CampaignDetails d = c.details();
            return new CampaignView(c.id(), c.unit(), d.title(), d.audience(), d.industryCode(), d.regionCode(),
                    d.startsOn(), d.endsOn(), d.venue(), d.partnerAgencies(), d.peopleReached(), d.materialIds(),
                    d.summary(), c.createdBy(), c.createdAt(), c.updatedBy(), c.updatedAt(), c.version());
        }
    }
}
