package cn.procuratorate.wages.cases.casefile;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Inserts a case under the next number of its unit and year. The number is the highest one stored plus one, and
 * the unique index on the number turns a race into a retry: nothing is taken before the insert succeeds, so a
 * failed insert leaves no gap (a counter document would, and would need a transaction to avoid it), and two
 * concurrent inserts cannot share a number.
 */
@Component
class CaseNumbering {

    static final String NUMBER_INDEX = "case_number_unique";
    /** Enough for dozens of clerks registering at the same second; beyond it the caller gets a 409 to retry. */
    private static final int ATTEMPTS = 30;

    private final MongoTemplate mongo;

    CaseNumbering(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    CaseFile insert(String unit, int year, Function<CaseNumber, CaseFile> numbered) {
        DuplicateKeyException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            CaseFile candidate = numbered.apply(new CaseNumber(unit, year, lastSequence(unit, year) + 1));
            try {
                return mongo.insert(candidate);
            } catch (DuplicateKeyException e) {
                if (!isNumberClash(e)) {
                    throw e;
                }
                last = e;
                // Spread the contenders out a little, so they do not keep colliding in lockstep.
                LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(1_000_000, 5_000_000L * (attempt + 1)));
            }
        }
        throw last;
    }

    private int lastSequence(String unit, int year) {
        Query query = Query.query(Criteria.where(CaseFile.UNIT).is(unit).and(CaseFile.NUMBER_YEAR).is(year))
                .with(Sort.by(Sort.Direction.DESC, CaseFile.NUMBER_SEQUENCE)).limit(1);
        query.fields().include(CaseFile.NUMBER_SEQUENCE);
        Document last = mongo.findOne(query, Document.class, CaseFile.COLLECTION);
        return last == null ? 0 : last.getInteger(CaseFile.NUMBER_SEQUENCE);
    }

    private static boolean isNumberClash(DuplicateKeyException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains(NUMBER_INDEX) || message.contains(CaseFile.CASE_NUMBER);
    }
}
