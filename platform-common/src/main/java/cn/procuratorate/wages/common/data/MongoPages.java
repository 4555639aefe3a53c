package cn.procuratorate.wages.common.data;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;

/** One page of a query with its total; the count is skipped when the page itself shows the total. */
public final class MongoPages {

    private MongoPages() {
    }

    public static <T> Page<T> find(MongoTemplate mongo, Query query, Pageable pageable, Class<T> type) {
        List<T> items = mongo.find(Query.of(query).with(pageable), type);
        return PageableExecutionUtils.getPage(items, pageable, () -> mongo.count(query, type));
    }
}
