package cn.procuratorate.wages.outreach.materials;

import cn.procuratorate.wages.common.problem.ApiException;
import cn.procuratorate.wages.common.problem.NotFoundException;
import cn.procuratorate.wages.common.problem.ProblemKind;
import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.common.security.UnitScope;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * What staff do with publicity materials (draft, redraft, publish) and what anyone may read of them: the versions
 * that were published, never a draft.
 */
@Service
public class Materials {

    private final MaterialStore store;
    private final Clock clock;

    Materials(MaterialStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A new material of the caller's unit, its first version a draft. */
    public Material create(MaterialKind kind, Audience audience, MaterialContent content, Caller caller) {
        return store.insert(new Material(UnitScope.forWrite(caller, null), kind, audience, content, caller.subject(),
                Instant.now(clock)));
    }

    public Material find(String id, Caller caller) {
        return store.find(id, UnitScope.readable(caller)).orElseThrow(() -> new NotFoundException("material", id));
    }

    /** Replaces the draft, or starts the next version when the current one is published. */
    public Material draft(String id, long expectedVersion, MaterialContent content, Caller caller) {
        Material material = changeable(id, expectedVersion, caller);
        material.draft(content, caller.subject(), Instant.now(clock));
        return store.save(material);
    }

    /** The draft becomes the current version; the earlier published ones stay readable by number. */
    public Material publish(String id, long expectedVersion, Caller caller) {
        Material material = changeable(id, expectedVersion, caller);
        if (!material.publish(caller.subject(), Instant.now(clock))) {
            throw new ApiException(ProblemKind.CONFLICT, "material.detail.nothing-to-publish")
                    .with("rule", "material.nothing-to-publish");
        }
        return store.save(material);
    }

    /** A material with a published version, of any unit: what the public pages may show. */
    public Optional<Material> findPublished(String id) {
        return store.find(id, Optional.empty()).filter(material -> material.current().isPresent());
    }

    /** Of these ids, those that name no material the unit may use (its own, or one published by any unit). */
    public List<String> unusable(Collection<String> ids, String unit) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> usable = store.usable(ids, unit);
        return ids.stream().filter(id -> !usable.contains(id)).toList();
    }

    private Material changeable(String id, long expectedVersion, Caller caller) {
        Material material = find(id, caller);
        if (material.version() == null || material.version() != expectedVersion) {
            throw new ApiException(ProblemKind.CONFLICT, "problem.detail.stale-version")
                    .with("currentVersion", material.version());
        }
        return material;
    }
}
