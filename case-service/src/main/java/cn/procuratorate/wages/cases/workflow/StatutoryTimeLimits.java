package cn.procuratorate.wages.cases.workflow;

import java.time.Period;

/**
 * Every time limit the workflows apply, in one place. Periods are calendar periods added with
 * {@link java.time.LocalDate#plus(java.time.temporal.TemporalAmount)} (see {@link Deadlines} for the counting
 * convention). Construct with {@link #defaults()}, or through the canonical constructor from configuration:
 * a null component means "the statutory default", so configuration needs to name only what it overrides.
 * Spring Boot can bind the record directly ({@code Period} accepts {@code 7d}, {@code 1m}, {@code P1M15D}).
 *
 * @param arrestReviewDetained               审查逮捕, suspect detained: 7 days (Criminal Procedure Law art. 91)
 * @param arrestReviewNotDetained            审查逮捕, suspect not detained: 15 days (SPP Criminal Procedure Rules 2019)
 * @param arrestReviewNotDetainedExtended    same, major or complex case: at most 20 days in all (SPP Criminal
 *                                           Procedure Rules 2019); a total, not an addition
 * @param prosecutionReview                  审查起诉: 1 month (Criminal Procedure Law art. 172)
 * @param prosecutionReviewMajorExtension    major or complex case: may be extended by 15 days (CPL art. 172)
 * @param fastTrackReview                    速裁 with a guilty plea: 10 days (CPL art. 172)
 * @param fastTrackReviewLongSentence        速裁, likely sentence over one year: 15 days (CPL art. 172)
 * @param supplementaryInvestigation         退回补充侦查: 1 month per round (CPL art. 175)
 * @param supplementaryInvestigationMaxRounds at most 2 rounds (CPL art. 175)
 * @param supervisionAcceptanceNotice        civil/administrative/enforcement supervision: acceptance notice within
 *                                           3 days of receipt (DOMAIN.md; SPP civil supervision rules)
 * @param supervisionReview                  review within 3 months of acceptance (Civil Procedure Law art. 220)
 * @param retrialSuggestionReply             the court's written reply to a 再审检察建议: 2 months (人民检察院检察建议
 *                                           工作规定 2019; check whether the SPC–SPP rules on retrial suggestions
 *                                           give courts 3 months (unverified))
 * @param procuratorialSuggestionReply       the recipient's written reply to a 检察建议: 2 months (人民检察院检察建议
 *                                           工作规定 2019)
 * @param protestRetrialRuling               the court rules on a retrial within 30 days of receiving a protest
 *                                           (Civil Procedure Law art. 222 of the 2023 text, art. 211 of the 2017 text;
 *                                           article number unverified)
 * @param reportDisposal                     a report (举报) is disposed of within 7 days (SPP rules art. 161)
 */
public record StatutoryTimeLimits(
        Period arrestReviewDetained,
        Period arrestReviewNotDetained,
        Period arrestReviewNotDetainedExtended,
        Period prosecutionReview,
        Period prosecutionReviewMajorExtension,
        Period fastTrackReview,
        Period fastTrackReviewLongSentence,
        Period supplementaryInvestigation,
        Integer supplementaryInvestigationMaxRounds,
        Period supervisionAcceptanceNotice,
        Period supervisionReview,
        Period retrialSuggestionReply,
        Period procuratorialSuggestionReply,
        Period protestRetrialRuling,
        Period reportDisposal) {

    /** Criminal Procedure Law art. 91. */
    public static final Period ARREST_REVIEW_DETAINED = Period.ofDays(7);
    /** SPP Criminal Procedure Rules (2019). */
    public static final Period ARREST_REVIEW_NOT_DETAINED = Period.ofDays(15);
    /** SPP Criminal Procedure Rules (2019): major or complex case, at most 20 days. */
    public static final Period ARREST_REVIEW_NOT_DETAINED_EXTENDED = Period.ofDays(20);
    /** Criminal Procedure Law art. 172. */
    public static final Period PROSECUTION_REVIEW = Period.ofMonths(1);
    /** Criminal Procedure Law art. 172. */
    public static final Period PROSECUTION_REVIEW_MAJOR_EXTENSION = Period.ofDays(15);
    /** Criminal Procedure Law art. 172. */
    public static final Period FAST_TRACK_REVIEW = Period.ofDays(10);
    /** Criminal Procedure Law art. 172. */
    public static final Period FAST_TRACK_REVIEW_LONG_SENTENCE = Period.ofDays(15);
    /** Criminal Procedure Law art. 175. */
    public static final Period SUPPLEMENTARY_INVESTIGATION = Period.ofMonths(1);
    /** Criminal Procedure Law art. 175. */
    public static final int SUPPLEMENTARY_INVESTIGATION_MAX_ROUNDS = 2;
    /** DOMAIN.md "civil judgment supervision" row (SPP civil supervision rules). */
    public static final Period SUPERVISION_ACCEPTANCE_NOTICE = Period.ofDays(3);
    /** Civil Procedure Law art. 220. */
    public static final Period SUPERVISION_REVIEW = Period.ofMonths(3);
    /** 人民检察院检察建议工作规定 (2019). */
    public static final Period RETRIAL_SUGGESTION_REPLY = Period.ofMonths(2);
    /** 人民检察院检察建议工作规定 (2019). */
    public static final Period PROCURATORIAL_SUGGESTION_REPLY = Period.ofMonths(2);
    /** Civil Procedure Law art. 222 (2023 text; unverified numbering). */
    public static final Period PROTEST_RETRIAL_RULING = Period.ofDays(30);
    /** SPP rules art. 161. */
    public static final Period REPORT_DISPOSAL = Period.ofDays(7);

    private static final StatutoryTimeLimits DEFAULTS = new StatutoryTimeLimits(null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null);

    public StatutoryTimeLimits {
        arrestReviewDetained = orDefault(arrestReviewDetained, ARREST_REVIEW_DETAINED, "arrestReviewDetained");
        arrestReviewNotDetained = orDefault(arrestReviewNotDetained, ARREST_REVIEW_NOT_DETAINED,
                "arrestReviewNotDetained");
        arrestReviewNotDetainedExtended = orDefault(arrestReviewNotDetainedExtended,
                ARREST_REVIEW_NOT_DETAINED_EXTENDED, "arrestReviewNotDetainedExtended");
        prosecutionReview = orDefault(prosecutionReview, PROSECUTION_REVIEW, "prosecutionReview");
        prosecutionReviewMajorExtension = orDefault(prosecutionReviewMajorExtension,
                PROSECUTION_REVIEW_MAJOR_EXTENSION, "prosecutionReviewMajorExtension");
        fastTrackReview = orDefault(fastTrackReview, FAST_TRACK_REVIEW, "fastTrackReview");
        fastTrackReviewLongSentence = orDefault(fastTrackReviewLongSentence, FAST_TRACK_REVIEW_LONG_SENTENCE,
                "fastTrackReviewLongSentence");
        supplementaryInvestigation = orDefault(supplementaryInvestigation, SUPPLEMENTARY_INVESTIGATION,
                "supplementaryInvestigation");
        if (supplementaryInvestigationMaxRounds == null) {
            supplementaryInvestigationMaxRounds = SUPPLEMENTARY_INVESTIGATION_MAX_ROUNDS;
        } else if (supplementaryInvestigationMaxRounds < 0) {
            throw new IllegalArgumentException("supplementaryInvestigationMaxRounds must not be negative");
        }
        supervisionAcceptanceNotice = orDefault(supervisionAcceptanceNotice, SUPERVISION_ACCEPTANCE_NOTICE,
                "supervisionAcceptanceNotice");
        supervisionReview = orDefault(supervisionReview, SUPERVISION_REVIEW, "supervisionReview");
        retrialSuggestionReply = orDefault(retrialSuggestionReply, RETRIAL_SUGGESTION_REPLY, "retrialSuggestionReply");
        procuratorialSuggestionReply = orDefault(procuratorialSuggestionReply, PROCURATORIAL_SUGGESTION_REPLY,
                "procuratorialSuggestionReply");
        protestRetrialRuling = orDefault(protestRetrialRuling, PROTEST_RETRIAL_RULING, "protestRetrialRuling");
        reportDisposal = orDefault(reportDisposal, REPORT_DISPOSAL, "reportDisposal");
    }

    /** The statutory limits, as cited above. */
    public static StatutoryTimeLimits defaults() {
        return DEFAULTS;
    }

    private static Period orDefault(Period value, Period statutory, String name) {
        if (value == null) {
            return statutory;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive period, was " + value);
        }
        return value;
    }
}
