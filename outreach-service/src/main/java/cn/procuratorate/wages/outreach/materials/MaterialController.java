package cn.procuratorate.wages.outreach.materials;

import cn.procuratorate.wages.common.problem.NotFoundException;
import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.common.security.UnitScope;
import cn.procuratorate.wages.common.web.PageRequests;
import cn.procuratorate.wages.common.web.PageView;
import cn.procuratorate.wages.common.web.Versions;
import cn.procuratorate.wages.outreach.materials.MaterialRequests.ContentRequest;
import cn.procuratorate.wages.outreach.materials.MaterialRequests.NewMaterial;
import cn.procuratorate.wages.outreach.materials.MaterialStore.MaterialQuery;
import cn.procuratorate.wages.outreach.materials.MaterialViews.MaterialView;
import cn.procuratorate.wages.outreach.materials.MaterialViews.VersionView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Writing publicity materials: staff of the unit draft, supervisors publish. */
@RestController
@RequestMapping("/api/outreach/materials")
@Tag(name = "materials", description = "Legal publicity materials: drafts, versions, publication")
class MaterialController {

    /** Staff of the unit read and draft materials; publishing speaks for the procuratorate: supervisors only. */
    static final String STAFF = "hasAnyRole('CLERK', 'PROCURATOR', 'SUPERVISOR')";

    private final Materials materials;
    private final MaterialStore store;

    MaterialController(Materials materials, MaterialStore store) {
        this.materials = materials;
        this.store = store;
    }

    @PostMapping
    @PreAuthorize(STAFF)
    @Operation(summary = "Write a new material; its first version is a draft until a supervisor publishes it")
    ResponseEntity<MaterialView> create(@Valid @RequestBody NewMaterial request) {
        Material created = materials.create(request.kind(), request.audience(), request.content().toContent(),
                Caller.required());
        return ResponseEntity.created(URI.create("/api/outreach/materials/" + created.id()))
                .eTag(Versions.etag(created.version())).body(MaterialView.of(created));
    }

    @GetMapping("/{id}")
    @PreAuthorize(STAFF)
    @Operation(summary = "Read a material of the caller's unit: the draft, the published text, every version")
    ResponseEntity<MaterialView> get(@PathVariable String id) {
        return answer(materials.find(id, Caller.required()));
    }

    @GetMapping
    @PreAuthorize(STAFF)
    @Operation(summary = "List the materials of the caller's unit, last changed first")
    PageView<MaterialView> list(@RequestParam(required = false) MaterialKind kind,
            @RequestParam(required = false) Audience audience,
            @RequestParam(required = false) Boolean published,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageRequests.DEFAULT_SIZE) int size) {
        MaterialQuery query = new MaterialQuery(UnitScope.readable(Caller.required()), kind, audience, published);
        return PageView.of(store.list(query, PageRequests.of(page, size, Sort.by(Sort.Direction.DESC, "updatedAt"))),
                MaterialView::of);
    }

    @PutMapping("/{id}/draft")
    @PreAuthorize(STAFF)
    @Operation(summary = "Replace the draft, or start the next version when the current one is published",
            description = "If-Match must name the version read (ETag); an older one gets 409. The published text "
                    + "does not change until the draft is published.")
    ResponseEntity<MaterialView> draft(@PathVariable String id,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ContentRequest request) {
        long version = Versions.fromIfMatch(ifMatch);
        return answer(materials.draft(id, version, request.toContent(), Caller.required()));
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Publish the draft: it becomes the version the public pages show",
            description = "The earlier published versions stay readable by number. Without a draft: 409 "
                    + "material.nothing-to-publish. If-Match must name the version read.")
    ResponseEntity<MaterialView> publish(@PathVariable String id,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.fromIfMatch(ifMatch);
        return answer(materials.publish(id, version, Caller.required()));
    }

    @GetMapping("/{id}/versions/{number}")
    @PreAuthorize(STAFF)
    @Operation(summary = "Read one version of a material of the caller's unit, a draft included")
    VersionView version(@PathVariable String id, @PathVariable int number) {
        Material material = materials.find(id, Caller.required());
        return material.version(number).map(v -> VersionView.of(material, v))
                .orElseThrow(() -> new NotFoundException("material-version", id + "/" + number));
    }

    private static ResponseEntity<MaterialView> answer(Material material) {
        return ResponseEntity.ok().eTag(Versions.etag(material.version())).body(MaterialView.of(material));
    }
}
