package cn.procuratorate.wages.outreach.materials;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A publicity material and its versions. At most one version is a draft (the last one, staff edit it); publishing it
 * makes it the current version, which the public pages show, while earlier published versions stay readable by their
 * number. Kind and audience belong to the material, not to a version. {@code published}, {@code currentVersion} and
 * {@code publishedAt} are copies for the lists.
 */
@Document(Material.COLLECTION)
public class Material {

    public static final String COLLECTION = "materials";

    @Id
    private String id;
    /** The procuratorate that wrote it: its staff edit it; once published, anyone reads it. */
    private String unit;
    private MaterialKind kind;
    private Audience audience;
    private List<MaterialVersion> versions = new ArrayList<>();
    private boolean published;
    private Integer currentVersion;
    private Instant publishedAt;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;

    protected Material() {
    }

    Material(String unit, MaterialKind kind, Audience audience, MaterialContent first, String by, Instant at) {
        this.unit = unit;
        this.kind = kind;
        this.audience = audience;
        this.createdAt = at;
        draft(first, by, at);
    }

    /** Replaces the draft, or starts the next version when the last one is published. */
    void draft(MaterialContent content, String by, Instant at) {
        Optional<MaterialVersion> draft = draft();
        if (draft.isPresent()) {
            versions.set(versions.size() - 1, draft.get().redrafted(content, by, at));
        } else {
            versions.add(new MaterialVersion(versions.size() + 1, content, by, at, null, null));
        }
        updatedAt = at;
    }

    /** Publishes the draft as the current version; false when there is no draft. */
    boolean publish(String by, Instant at) {
        Optional<MaterialVersion> draft = draft();
        if (draft.isEmpty()) {
            return false;
        }
        MaterialVersion publishedVersion = draft.get().publishedBy(by, at);
        versions.set(versions.size() - 1, publishedVersion);
        published = true;
        currentVersion = publishedVersion.number();
        publishedAt = at;
        updatedAt = at;
        return true;
    }

    public Optional<MaterialVersion> draft() {
        return versions.isEmpty() || versions.get(versions.size() - 1).published() ? Optional.empty()
                : Optional.of(versions.get(versions.size() - 1));
    }

    /** The version the public pages show: the last one published. */
    public Optional<MaterialVersion> current() {
        return currentVersion == null ? Optional.empty() : version(currentVersion);
    }

    public Optional<MaterialVersion> version(int number) {
        return number < 1 || number > versions.size() ? Optional.empty() : Optional.of(versions.get(number - 1));
    }

    public String id() {
        return id;
    }

    public String unit() {
        return unit;
    }

    public MaterialKind kind() {
        return kind;
    }

    public Audience audience() {
        return audience;
    }

    public List<MaterialVersion> versions() {
        return List.copyOf(versions);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Long version() {
        return version;
    }
}
