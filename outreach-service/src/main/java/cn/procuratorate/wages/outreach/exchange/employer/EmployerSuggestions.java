package cn.procuratorate.wages.outreach.exchange.employer;

import cn.procuratorate.wages.outreach.exchange.AgencySector;
import cn.procuratorate.wages.outreach.suggestions.Issue;
import cn.procuratorate.wages.outreach.suggestions.Reply;
import cn.procuratorate.wages.outreach.suggestions.Suggestion;
import cn.procuratorate.wages.outreach.suggestions.SuggestionStage;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * This service's procuratorial suggestions concerning an employer, as a partner agency may see them: issued ones (not
 * drafts, not withdrawn) whose problem names the employer's credit code, as a suggestion drafted from a
 * repeat-employer or contractor finding does; addressed to a department of the agency's sector, or to any for 人社,
 * which coordinates wage arrears in every industry (保障农民工工资支付条例 art. 7), as case-service's sector rule has
 * it. Suggestions carry no employer field of their own, so the problem's text is what links them.
 */
@Component
class EmployerSuggestions {

    /** Newest first, at most this many: an agency's look-up, not a report. */
    static final int MAX = 50;

    private final MongoTemplate mongo;

    EmployerSuggestions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @param creditCode a valid, normalised credit code: digits and capitals only, so a literal pattern */
    List<SuggestionNote> concerning(String creditCode, AgencySector sector) {
        Query query = Query.query(Criteria.where("stage").nin(SuggestionStage.DRAFT, SuggestionStage.WITHDRAWN)
                .and("content.problem").regex(creditCode));
        if (sector != AgencySector.HRSS) {
            query.addCriteria(Criteria.where("content.recipient.sector").is(sector.name()));
        }
        query.with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(MAX);
        return mongo.find(query, Suggestion.class).stream().map(SuggestionNote::of).toList();
    }

    /**
     * One suggestion as an agency sees it: what kind, to whom, when and under which document number it was issued,
     * where it stands, and whether the latest reply adopted it ({@code null} before a reply).
     */
    record SuggestionNote(String kind, String kindLabel, String recipient, String recipientSector,
            LocalDate issuedOn, String documentNumber, SuggestionStage stage, String stageLabel, String adoption) {

        static SuggestionNote of(Suggestion suggestion) {
            Issue issue = suggestion.progress().issue();
            SuggestionStage stage = suggestion.progress().stage();
            return new SuggestionNote(suggestion.content().kind().name(), suggestion.content().kind().label(),
                    suggestion.content().recipient().name(), suggestion.content().recipient().sector().name(),
                    issue.issuedOn(), issue.documentNumber(), stage, stage.label(),
                    suggestion.progress().latestReply().map(Reply::adoption).map(Enum::name).orElse(null));
        }
    }
}
