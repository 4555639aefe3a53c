package cn.procuratorate.wages.outreach.materials;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** What the API answers about materials, to staff and to the public: never the stored document itself. */
final class MaterialViews {

    /** Publication dates are calendar days of China, whatever the server's zone. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private MaterialViews() {
    }

    /** A version is a draft, the current (last published) one, or superseded by a later publication. */
    enum VersionStatus {
        DRAFT, CURRENT, SUPERSEDED;

        static VersionStatus of(Material material, MaterialVersion version) {
            if (!version.published()) {
                return DRAFT;
            }
            return material.current().map(MaterialVersion::number).orElse(0) == version.number() ? CURRENT
                    : SUPERSEDED;
        }
    }

    /** A material for its unit's staff: the draft being written, the published text, and every version. */
    record MaterialView(String id, String unit, MaterialKind kind, String kindLabel, Audience audience,
            Integer currentVersion, Integer draftVersion, MaterialContent current, MaterialContent draft,
            List<VersionSummary> versions, Instant createdAt, Instant updatedAt, Long version) {

        static MaterialView of(Material m) {
            MaterialVersion current = m.current().orElse(null);
            MaterialVersion draft = m.draft().orElse(null);
            return new MaterialView(m.id(), m.unit(), m.kind(), m.kind().label(), m.audience(),
                    current == null ? null : current.number(), draft == null ? null : draft.number(),
                    current == null ? null : current.content(), draft == null ? null : draft.content(),
                    m.versions().stream().map(v -> VersionSummary.of(m, v)).toList(), m.createdAt(), m.updatedAt(),
                    m.version());
        }
    }

    record VersionSummary(int number, VersionStatus status, String title, String draftedBy, Instant draftedAt,
            String publishedBy, Instant publishedAt) {

        static VersionSummary of(Material m, MaterialVersion v) {
            return new VersionSummary(v.number(), VersionStatus.of(m, v), v.content().title(), v.draftedBy(),
                    v.draftedAt(), v.publishedBy(), v.publishedAt());
        }
    }

    /** One version in full, for staff. */
    record VersionView(String materialId, int number, VersionStatus status, MaterialContent content,
            String draftedBy, Instant draftedAt, String publishedBy, Instant publishedAt) {

        static VersionView of(Material m, MaterialVersion v) {
            return new VersionView(m.id(), v.number(), VersionStatus.of(m, v), v.content(), v.draftedBy(),
                    v.draftedAt(), v.publishedBy(), v.publishedAt());
        }
    }

    /**
     * A published version for anyone, without who wrote it. {@code latestVersion}: the current version's number, so
     * a reader of an older one knows a newer text exists.
     */
    record PublicMaterial(String id, MaterialKind kind, String kindLabel, Audience audience, int version,
            int latestVersion, String title, String summary, String body, List<MaterialContent.Question> questions,
            List<MaterialContent.Law> laws, LocalDate publishedOn) {

        static PublicMaterial of(Material m, MaterialVersion v) {
            MaterialContent c = v.content();
            return new PublicMaterial(m.id(), m.kind(), m.kind().label(), m.audience(), v.number(),
                    m.current().orElseThrow().number(), c.title(), c.summary(), c.body(), c.questions(), c.laws(),
                    LocalDate.ofInstant(v.publishedAt(), CHINA));
        }
    }

    /** A published material in a public list: its current version, without the text. */
    record PublicMaterialSummary(String id, MaterialKind kind, String kindLabel, Audience audience, int version,
            String title, String summary, List<MaterialContent.Law> laws, LocalDate publishedOn) {

        static PublicMaterialSummary of(Material m) {
            MaterialVersion v = m.current().orElseThrow();
            return new PublicMaterialSummary(m.id(), m.kind(), m.kind().label(), m.audience(), v.number(),
                    v.content().title(), v.content().summary(), v.content().laws(),
                    LocalDate.ofInstant(v.publishedAt(), CHINA));
        }
    }
}
