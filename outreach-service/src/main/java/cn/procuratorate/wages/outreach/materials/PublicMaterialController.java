package cn.procuratorate.wages.outreach.materials;

import cn.procuratorate.wages.common.problem.NotFoundException;
import cn.procuratorate.wages.common.web.PageRequests;
import cn.procuratorate.wages.common.web.PageView;
import cn.procuratorate.wages.outreach.materials.MaterialStore.MaterialQuery;
import cn.procuratorate.wages.outreach.materials.MaterialViews.PublicMaterial;
import cn.procuratorate.wages.outreach.materials.MaterialViews.PublicMaterialSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published materials for anyone, without an account (platform-common permits {@code /api/public/**}; the gateway
 * rate-limits it): what front ends show migrant workers and employers. A draft is never shown: a material without
 * a published version, or a version that is a draft, is "not found". Answers may be cached for a few minutes.
 */
@RestController
@RequestMapping("/api/public/outreach/materials")
@Tag(name = "public materials", description = "Published legal publicity materials, without an account")
class PublicMaterialController {

    /** Short: a new version published reaches readers within minutes. */
    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final Materials materials;
    private final MaterialStore store;

    PublicMaterialController(Materials materials, MaterialStore store) {
        this.materials = materials;
        this.store = store;
    }

    @GetMapping
    @Operation(summary = "List published materials of every procuratorate, latest published first")
    ResponseEntity<PageView<PublicMaterialSummary>> list(@RequestParam(required = false) MaterialKind kind,
            @RequestParam(required = false) Audience audience,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageRequests.DEFAULT_SIZE) int size) {
        MaterialQuery query = new MaterialQuery(Optional.empty(), kind, audience, true);
        return ResponseEntity.ok().cacheControl(CACHE).body(PageView.of(store.list(query,
                PageRequests.of(page, size, Sort.by(Sort.Direction.DESC, "publishedAt"))), PublicMaterialSummary::of));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read the current version of a published material")
    ResponseEntity<PublicMaterial> current(@PathVariable String id) {
        Material material = materials.findPublished(id).orElseThrow(() -> new NotFoundException("material", id));
        return ResponseEntity.ok().cacheControl(CACHE)
                .body(PublicMaterial.of(material, material.current().orElseThrow()));
    }

    @GetMapping("/{id}/versions/{number}")
    @Operation(summary = "Read a published version by its number, also one a later version superseded")
    ResponseEntity<PublicMaterial> version(@PathVariable String id, @PathVariable int number) {
        Material material = materials.findPublished(id).orElseThrow(() -> new NotFoundException("material", id));
        return material.version(number).filter(MaterialVersion::published)
                .map(v -> ResponseEntity.ok().cacheControl(CACHE).body(PublicMaterial.of(material, v)))
                .orElseThrow(() -> new NotFoundException("material-version", id + "/" + number));
    }
}
