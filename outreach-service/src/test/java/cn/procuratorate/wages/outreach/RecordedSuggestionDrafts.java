package cn.procuratorate.wages.outreach;

import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.outreach.detection.SuggestionDrafts;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Primary;

/**
 * Suggestion drafts as the suggestions package is to make them, recorded for the tests: one draft per finding and
 * unit, the same again when asked twice. Primary, so that it stands in for the real one once that is merged.
 */
@TestComponent
@Primary
public class RecordedSuggestionDrafts implements SuggestionDrafts {

    private final Map<String, String> idsByFindingAndUnit = new ConcurrentHashMap<>();
    private final List<FindingDraft> drafts = new CopyOnWriteArrayList<>();

    @Override
    public DraftedSuggestion draft(FindingDraft draft, Caller caller) {
        drafts.add(draft);
        String key = draft.findingId() + "@" + draft.unit();
        String earlier = idsByFindingAndUnit.get(key);
        if (earlier != null) {
            return new DraftedSuggestion(earlier, false);
        }
        String id = String.format("%024x", idsByFindingAndUnit.size() + 1);
        idsByFindingAndUnit.put(key, id);
        return new DraftedSuggestion(id, true);
    }

    /** Every draft asked for, the repeated ones included. */
    public List<FindingDraft> drafts() {
        return drafts;
    }

    public void clear() {
        drafts.clear();
        idsByFindingAndUnit.clear();
    }
}
