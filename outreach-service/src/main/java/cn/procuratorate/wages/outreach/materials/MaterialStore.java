package cn.procuratorate.wages.outreach.materials;

import cn.procuratorate.wages.common.data.MongoPages;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Persistence of materials; indexes are declared here, next to the queries that need them. */
@Repository
class MaterialStore {

    private static final Logger log = LoggerFactory.getLogger(MaterialStore.class);

    private final MongoTemplate mongo;

    MaterialStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Filters of a list, each optional ({@code null}); {@code unit} empty: every unit; {@code published} true: public. */
    record MaterialQuery(Optional<String> unit, MaterialKind kind, Audience audience, Boolean published) {
    }

    /** After start-up, so a database that is down delays the indexes instead of killing the service. */
    @EventListener(ApplicationReadyEvent.class)
    void createIndexes() {
        try {
            mongo.indexOps(Material.class).createIndex(new Index().on("unit", Sort.Direction.ASC)
                    .on("updatedAt", Sort.Direction.DESC).named("unit_updated"));
            // The public list: published materials, latest published first.
            mongo.indexOps(Material.class).createIndex(new Index().on("published", Sort.Direction.ASC)
                    .on("publishedAt", Sort.Direction.DESC).named("published"));
        } catch (RuntimeException e) {
            log.warn("Could not create materials indexes yet: {}", e.getClass().getSimpleName());
        }
    }

    Material insert(Material material) {
        return mongo.insert(material);
    }

    /** Version-checked: a concurrent change in between fails with an optimistic locking error (409). */
    Material save(Material material) {
        return mongo.save(material);
    }

    /** The material, if it exists and belongs to {@code unit} (empty: any unit). */
    Optional<Material> find(String id, Optional<String> unit) {
        if (!ObjectId.isValid(id)) {
            return Optional.empty();
        }
        Query query = Query.query(Criteria.where("_id").is(new ObjectId(id)));
        unit.ifPresent(u -> query.addCriteria(Criteria.where("unit").is(u)));
        return Optional.ofNullable(mongo.findOne(query, Material.class));
    }

    Page<Material> list(MaterialQuery filters, Pageable pageable) {
        Query query = new Query();
        filters.unit().ifPresent(u -> query.addCriteria(Criteria.where("unit").is(u)));
        if (filters.kind() != null) {
            query.addCriteria(Criteria.where("kind").is(filters.kind()));
        }
        if (filters.audience() != null) {
            query.addCriteria(Criteria.where("audience").is(filters.audience()));
        }
        if (filters.published() != null) {
            query.addCriteria(Criteria.where("published").is(filters.published()));
        }
        return MongoPages.find(mongo, query, pageable, Material.class);
    }

    /** Of these ids, those naming a material of {@code unit} or a published one of any unit. */
    List<String> usable(Collection<String> ids, String unit) {
        List<ObjectId> valid = ids.stream().filter(ObjectId::isValid).map(ObjectId::new).toList();
        Query query = Query.query(Criteria.where("_id").in(valid)
                .orOperator(Criteria.where("unit").is(unit), Criteria.where("published").is(true)));
        query.fields().include("_id");
        return mongo.find(query, Material.class).stream().map(Material::id).toList();
    }
}
