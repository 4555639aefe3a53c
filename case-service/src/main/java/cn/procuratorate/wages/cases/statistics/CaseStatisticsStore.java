package cn.procuratorate.wages.cases.statistics;

import cn.procuratorate.wages.cases.casefile.CaseFile;
import cn.procuratorate.wages.cases.casefile.Cases;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.aggregation.ArrayOperators;
import org.springframework.data.mongodb.core.aggregation.ConditionalOperators;
import org.springframework.data.mongodb.core.aggregation.DateOperators;
import org.springframework.data.mongodb.core.aggregation.GroupOperation;
import org.springframework.data.mongodb.core.aggregation.ProjectionOperation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

/**
 * Case figures per group, counted and summed by one MongoDB aggregation ($match, $sort, $project, $group, $sort;
 * all of them supported by the dev database too), so no case is loaded into the service.
 *
 * <p>Indexes (CaseFileStore): a unit's period is served by {@code unit_created}, with a region prefix by
 * {@code unit_region_created}, with an industry prefix by {@code unit_industry_created}, with a type by
 * {@code unit_type_stage_created}; every unit's period (a service) by {@code created}.
 */
@Repository
class CaseStatisticsStore {

    private static final String UNIT = "unit";
    private static final String CREATED_AT = "createdAt";
    private static final String REGION_CODE = "regionCode";
    private static final String INDUSTRY_CODE = "industryCode";
    private static final String TYPE = "type";
    private static final String OPEN = "open";
    private static final String WORKERS = "workers";
    private static final String OWED_FEN = "owedFen";
    private static final String RECOVERED_FEN = "recoveredFen";
    private static final String EMPLOYER_NAME = "employer.name";
    private static final String MONTH_FORMAT = "%Y-%m";

    private final MongoTemplate mongo;

    CaseStatisticsStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** One element per group that has cases in the period, by key ascending (a null key first). */
    List<GroupFigures> figures(StatisticsQuery query) {
        List<AggregationOperation> stages = new ArrayList<>();
        stages.add(Aggregation.match(criteria(query)));
        boolean byEmployer = query.groupBy() == GroupBy.EMPLOYER;
        if (byEmployer) {
            // Newest first, so that $first names an employer as its latest case does.
            stages.add(Aggregation.sort(Sort.Direction.DESC, CREATED_AT));
        }
        ProjectionOperation projection = Aggregation.project(OWED_FEN, RECOVERED_FEN)
                .and(ConditionalOperators.when(OPEN).then(1).otherwise(0)).as("open")
                .and(ArrayOperators.Size.lengthOfArray(WORKERS)).as("workers");
        projection = query.groupBy() == GroupBy.MONTH
                ? projection.and(DateOperators.DateToString.dateOf(CREATED_AT).toString(MONTH_FORMAT)
                        .withTimezone(DateOperators.Timezone.valueOf(Cases.CHINA.getId()))).as("key")
                : projection.and(query.groupBy().field()).as("key");
        if (byEmployer) {
            projection = projection.and(EMPLOYER_NAME).as("name");
        }
        stages.add(projection);
        GroupOperation group = Aggregation.group("key").count().as("cases").sum("open").as("openCases")
                .sum("workers").as("workers").sum(OWED_FEN).as("owedFen").sum(RECOVERED_FEN).as("recoveredFen");
        stages.add(byEmployer ? group.first("name").as("name") : group);
        stages.add(Aggregation.sort(Sort.Direction.ASC, "_id"));
        return mongo.aggregate(Aggregation.newAggregation(stages), CaseFile.COLLECTION, GroupFigures.class)
                .getMappedResults();
    }

    private static Criteria criteria(StatisticsQuery query) {
        Criteria criteria = Criteria.where(CREATED_AT).gte(query.period().start()).lt(query.period().end());
        if (query.unit().isPresent()) {
            criteria = criteria.and(UNIT).is(query.unit().get());
        }
        // Prefixes are validated (digits; a letter and digits), so they go into an anchored regex unquoted: a plain
        // ^prefix is what lets MongoDB scan the index range instead of testing every code.
        if (query.regionPrefix() != null) {
            criteria = criteria.and(REGION_CODE).regex(Pattern.compile("^" + query.regionPrefix()));
        }
        if (query.industryPrefix() != null) {
            criteria = criteria.and(INDUSTRY_CODE).regex(Pattern.compile("^" + query.industryPrefix()));
        }
        if (query.type() != null) {
            criteria = criteria.and(TYPE).is(query.type().name());
        }
        return criteria;
    }
}
