package cn.procuratorate.wages.petitions.statistics;

import cn.procuratorate.wages.common.web.ReportingPeriod;
import cn.procuratorate.wages.petitions.petition.HandlingOutcome;
import cn.procuratorate.wages.petitions.petition.Petition;
import cn.procuratorate.wages.petitions.petition.PetitionStage;
import cn.procuratorate.wages.petitions.petition.Petitions;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

/**
 * Petition figures counted and summed by MongoDB aggregations ($match, $project, $group; all of them supported by the
 * dev database too), so that no petition is loaded into the service. The stages after $match are written as the
 * documents MongoDB reads: their expressions ($cond, $ifNull, $dateToString with a time zone) say exactly what is
 * counted. The $match goes through Spring's mapping, so that dates and enums are compared as they are stored.
 *
 * <p>Indexes: a unit's period (figures, repeat employers) is served by {@code unit_received} (PetitionStore), every
 * unit's period (a service) by {@code received}, declared here; a unit's overdue replies by
 * {@code unit_procedural_reply_owed} and {@code unit_result_reply_owed} (PetitionStore), one per branch of the $or,
 * every unit's by {@code procedural_reply_owed} and {@code result_reply_owed}, declared here.
 */
@Repository
class PetitionStatisticsStore {

    private static final Logger log = LoggerFactory.getLogger(PetitionStatisticsStore.class);

    private static final String UNIT = "unit";
    private static final String RECEIVED_AT = "receivedAt";
    private static final String STAGE = "stage";
    private static final String PROCEDURAL_SENT = "proceduralReplySentOn";
    private static final String PROCEDURAL_DUE = "proceduralReplyDue";
    private static final String RESULT_SENT = "resultReplySentOn";
    private static final String RESULT_DUE = "resultReplyDue";
    private static final String MONTH_FORMAT = "%Y-%m";

    private final MongoTemplate mongo;

    PetitionStatisticsStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** After start-up, so a database that is down delays the indexes instead of killing the service. */
    @EventListener(ApplicationReadyEvent.class)
    void createIndexes() {
        try {
            mongo.indexOps(Petition.class).createIndex(new Index().on(RECEIVED_AT, Sort.Direction.DESC)
                    .named("received"));
            mongo.indexOps(Petition.class).createIndex(new Index().on(PROCEDURAL_SENT, Sort.Direction.ASC)
                    .on(PROCEDURAL_DUE, Sort.Direction.ASC).named("procedural_reply_owed"));
            mongo.indexOps(Petition.class).createIndex(new Index().on(RESULT_SENT, Sort.Direction.ASC)
                    .on(RESULT_DUE, Sort.Direction.ASC).named("result_reply_owed"));
        } catch (RuntimeException e) {
            log.warn("Could not create the petition statistics indexes yet: {}", e.getClass().getSimpleName());
        }
    }

    /** A group of figures and its key (null: the petitions without a value for it). */
    record KeyedFigures(String key, Figures figures) {
    }

    /**
     * One element per group with petitions received in the period, by key (null first). Not for
     * {@link GroupBy#EMPLOYER}: employers are grouped by {@link #employers}.
     */
    List<KeyedFigures> figures(GroupBy groupBy, Optional<String> unit, ReportingPeriod period, LocalDate today) {
        Object key = groupBy == GroupBy.MONTH
                ? new Document("$dateToString", new Document("format", MONTH_FORMAT).append("date", "$" + RECEIVED_AT)
                        .append("timezone", Petitions.CHINA.getId()))
                : "$" + groupBy.field();
        List<Document> groups = aggregate(receivedIn(unit, period),
                stage("$project", contribution(today).append("key", key)),
                stage("$group", sums(new Document("_id", "$key"))));
        return groups.stream().map(group -> new KeyedFigures(group.getString("_id"), Figures.of(group)))
                .sorted(Comparator.comparing(KeyedFigures::key, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    /** One element per stored credit code and employer name with petitions received in the period. */
    List<EmployerFigures> employers(Optional<String> unit, ReportingPeriod period, LocalDate today) {
        Document employer = new Document("creditCode", "$employerCreditCode").append("name", "$wageClaim.employerName");
        Document facts = contribution(today).append("employer", employer).append(RECEIVED_AT, 1).append(UNIT, 1)
                .append("regionCode", 1).append("industryCode", 1);
        Document group = sums(new Document("_id", "$employer"))
                .append("first", new Document("$min", "$" + RECEIVED_AT))
                .append("last", new Document("$max", "$" + RECEIVED_AT))
                .append("units", new Document("$addToSet", "$" + UNIT))
                .append("regions", new Document("$addToSet", "$regionCode"))
                .append("industries", new Document("$addToSet", "$industryCode"));
        return aggregate(receivedIn(unit, period), stage("$project", facts), stage("$group", group)).stream()
                .map(PetitionStatisticsStore::employerFigures).toList();
    }

    /** Petitions with a reply overdue today, per unit and handling clerk (null: not assigned). */
    record OverdueGroup(String unit, String clerk, long petitions, long proceduralReplies, long resultReplies) {
    }

    List<OverdueGroup> overdueReplies(Optional<String> unit, LocalDate today) {
        // The unit inside each branch, so that each one can use its own reply index.
        Criteria procedural = inUnit(unit, Criteria.where(PROCEDURAL_SENT).is(null).and(PROCEDURAL_DUE).lt(today));
        Criteria result = inUnit(unit, Criteria.where(RESULT_SENT).is(null).and(RESULT_DUE).lt(today));
        Criteria owed = new Criteria().orOperator(procedural, result).and(STAGE).ne(PetitionStage.CLOSED);
        Object stored = storedForm(today);
        List<Document> groups = aggregate(owed,
                stage("$project", new Document(UNIT, 1).append("clerk", "$handlerClerk")
                        .append("procedural", flag(overdue(PROCEDURAL_SENT, PROCEDURAL_DUE, stored)))
                        .append("result", flag(overdue(RESULT_SENT, RESULT_DUE, stored)))),
                stage("$group", new Document("_id", new Document(UNIT, "$" + UNIT).append("clerk", "$clerk"))
                        .append("petitions", new Document("$sum", 1))
                        .append("procedural", new Document("$sum", "$procedural"))
                        .append("result", new Document("$sum", "$result"))));
        return groups.stream().map(group -> {
            Document id = group.get("_id", Document.class);
            return new OverdueGroup(id.getString(UNIT), id.getString("clerk"), Figures.number(group, "petitions"),
                    Figures.number(group, "procedural"), Figures.number(group, "result"));
        }).toList();
    }

    /**
     * What one petition adds to its group: 1 petition, its workers (1 when it does not say), the amount claimed in
     * fen, whether it is open, how many of its replies are overdue today, whether it was routed into a case.
     */
    private Document contribution(LocalDate today) {
        Object stored = storedForm(today);
        return new Document("workers", new Document("$ifNull", List.of("$wageClaim.workersAffected", 1)))
                .append("claimedFen", new Document("$ifNull", List.of("$wageClaim.amountOwedFen", 0)))
                .append("open", flag(new Document("$ne", List.of("$" + STAGE, PetitionStage.CLOSED.name()))))
                .append("overdueReplies", new Document("$add", List.of(
                        flag(overdue(PROCEDURAL_SENT, PROCEDURAL_DUE, stored)),
                        flag(overdue(RESULT_SENT, RESULT_DUE, stored)))))
                .append("routed", flag(new Document("$eq",
                        List.of("$handling.outcome", HandlingOutcome.ROUTED_TO_CASE.name()))));
    }

    /** The same groups' sums, whatever the key. */
    private static Document sums(Document group) {
        return group.append("petitions", new Document("$sum", 1))
                .append("workers", new Document("$sum", "$workers"))
                .append("claimedFen", new Document("$sum", "$claimedFen"))
                .append("open", new Document("$sum", "$open"))
                .append("overdueReplies", new Document("$sum", "$overdueReplies"))
                .append("routed", new Document("$sum", "$routed"));
    }

    /**
     * A reply still owed past its due date, as the petition view says: not sent, the petition not closed, and due
     * before today. A petition without a due date is never overdue (it is read as due today).
     */
    private static Document overdue(String sentField, String dueField, Object today) {
        return new Document("$and", List.of(
                // Arrays.asList, as List.of refuses the null that stands for "not sent".
                new Document("$eq", Arrays.asList(new Document("$ifNull", Arrays.asList("$" + sentField, null)),
                        null)),
                new Document("$ne", List.of("$" + STAGE, PetitionStage.CLOSED.name())),
                new Document("$lt", List.of(new Document("$ifNull", List.of("$" + dueField, today)), today))));
    }

    private static Document flag(Document condition) {
        return new Document("$cond", List.of(condition, 1, 0));
    }

    /** A day as the petitions store their dates, to compare with them inside an expression. */
    private Object storedForm(LocalDate day) {
        return mongo.getConverter().convertToMongoType(day);
    }

    private static Criteria receivedIn(Optional<String> unit, ReportingPeriod period) {
        return inUnit(unit, Criteria.where(RECEIVED_AT).gte(period.start()).lt(period.end()));
    }

    /** The criteria, restricted to the unit if there is one (empty: every unit). */
    private static Criteria inUnit(Optional<String> unit, Criteria criteria) {
        return unit.map(u -> criteria.and(UNIT).is(u)).orElse(criteria);
    }

    /** Typed, so that the $match compares dates and enums in their stored form. */
    private List<Document> aggregate(Criteria match, AggregationOperation... stages) {
        AggregationOperation[] pipeline = new AggregationOperation[stages.length + 1];
        pipeline[0] = Aggregation.match(match);
        System.arraycopy(stages, 0, pipeline, 1, stages.length);
        return mongo.aggregate(Aggregation.newAggregation(Petition.class, pipeline), Document.class)
                .getMappedResults();
    }

    private static AggregationOperation stage(String operator, Document body) {
        return context -> new Document(operator, body);
    }

    private static EmployerFigures employerFigures(Document group) {
        Document id = group.get("_id", Document.class);
        return new EmployerFigures(id.getString("creditCode"), id.getString("name"),
                group.getDate("first").toInstant(), group.getDate("last").toInstant(), strings(group, "units"),
                strings(group, "regions"), strings(group, "industries"), Figures.of(group));
    }

    /** The values of an $addToSet, without the null a petition lacking the field may add. */
    private static Set<String> strings(Document group, String field) {
        Set<String> values = new HashSet<>();
        for (Object value : group.getList(field, Object.class, List.of())) {
            if (value != null) {
                values.add(value.toString());
            }
        }
        return values;
    }
}
