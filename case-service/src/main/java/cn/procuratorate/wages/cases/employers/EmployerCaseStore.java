package cn.procuratorate.wages.cases.employers;

import cn.procuratorate.wages.cases.casefile.CaseFile;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** An employer's cases, read through the index {@code employer_created} (employer.creditCode, createdAt). */
@Repository
class EmployerCaseStore {

    private final MongoTemplate mongo;

    EmployerCaseStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The cases of the employer with this credit code in {@code unit} (empty: every unit), oldest first. */
    List<EmployerCase> casesOf(String creditCode, Optional<String> unit) {
        Query query = Query.query(Criteria.where("employer.creditCode").is(creditCode));
        unit.ifPresent(u -> query.addCriteria(Criteria.where("unit").is(u)));
        query.with(Sort.by(Sort.Direction.ASC, "createdAt"));
        // Only what a summary shows: never the workers' sealed identities, nor the timeline.
        query.fields().include("type", "regionCode", "industryCode", "employer.name", "workers.monthsOwed",
                "workers.amountOwedFen", "open", "owedFen", "recoveredFen", "createdAt",
                "workflow.prosecutionDecision.decision");
        return mongo.find(query, EmployerCase.class, CaseFile.COLLECTION);
    }
}
