package cn.procuratorate.wages.outreach.detection;

import cn.procuratorate.wages.common.identifiers.SupervisingDepartment;
import cn.procuratorate.wages.common.security.Caller;

/**
 * Where a finding becomes a draft social-governance suggestion (社会治理检察建议), for the suggestions package to
 * implement over its application service: a draft in {@code unit}, addressed to the supervising department, with the
 * finding as its evidence ({@code FINDING}, id and label), and the finding id as its idempotency key, so that drafting
 * the same finding again answers the first draft ({@code created} false).
 *
 * <p>Note: suggestions/ was being built on branch outreach when this was written; until an implementation is merged,
 * no bean implements this and drafting answers 503 ({@link Findings}).
 */
public interface SuggestionDrafts {

    DraftedSuggestion draft(FindingDraft draft, Caller caller);

    /**
     * @param recipient           the department supervising the finding's industry
     * @param recipientRegionCode where that department is: the finding's region, else the unit's (unit codes are
     *                            region codes)
     * @param problem             the problem found, with its figures; {@code request} what the department is asked to
     *                            do (both editable in the draft)
     */
    record FindingDraft(String findingId, String findingLabel, String unit, SupervisingDepartment recipient,
            String recipientRegionCode, String problem, String request) {
    }

    record DraftedSuggestion(String suggestionId, boolean created) {
    }
}
