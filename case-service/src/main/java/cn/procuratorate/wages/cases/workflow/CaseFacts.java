package cn.procuratorate.wages.cases.workflow;

import java.util.ArrayList;
import java.util.List;

/**
 * The facts of a criminal case that the time limits depend on. Other workflows use {@link #NONE}.
 *
 * @param suspectDetained           the suspect is in criminal detention (被拘留): arrest review 7 days instead of 15
 * @param majorCase                 a major or complex case (重大、复杂): the arrest and prosecution reviews may be extended
 * @param guiltyPlea                the suspect confesses and accepts punishment (认罪认罚)
 * @param fastTrack                 the fast-track procedure (速裁程序) applies; needs a guilty plea: 10 days of review
 * @param likelySentenceOverOneYear on the fast track, the likely sentence exceeds one year: 15 days instead of 10
 */
public record CaseFacts(boolean suspectDetained, boolean majorCase, boolean guiltyPlea, boolean fastTrack,
        boolean likelySentenceOverOneYear) {

    /** No fact set: an ordinary case, suspect not detained. */
    public static final CaseFacts NONE = new CaseFacts(false, false, false, false, false);

    public static CaseFacts detained() {
        return NONE.withSuspectDetained(true);
    }

    public static CaseFacts notDetained() {
        return NONE;
    }

    public CaseFacts withSuspectDetained(boolean value) {
        return new CaseFacts(value, majorCase, guiltyPlea, fastTrack, likelySentenceOverOneYear);
    }

    public CaseFacts withMajorCase(boolean value) {
        return new CaseFacts(suspectDetained, value, guiltyPlea, fastTrack, likelySentenceOverOneYear);
    }

    public CaseFacts withGuiltyPlea(boolean value) {
        return new CaseFacts(suspectDetained, majorCase, value, fastTrack, likelySentenceOverOneYear);
    }

    /** The fast track with a guilty plea (the fast track needs one), likely sentence one year or less: 10 days. */
    public CaseFacts withFastTrack() {
        return new CaseFacts(suspectDetained, majorCase, true, true, false);
    }

    /** The fast track with a guilty plea, likely sentence over one year: 15 days. */
    public CaseFacts withFastTrackOverOneYear() {
        return new CaseFacts(suspectDetained, majorCase, true, true, true);
    }

    public CaseFacts withoutFastTrack() {
        return new CaseFacts(suspectDetained, majorCase, guiltyPlea, false, false);
    }

    /** A short Chinese description for the timeline. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        parts.add(suspectDetained ? "犯罪嫌疑人被拘留" : "犯罪嫌疑人未被拘留");
        if (majorCase) {
            parts.add("重大复杂案件");
        }
        if (guiltyPlea) {
            parts.add("认罪认罚");
        }
        if (fastTrack) {
            parts.add(likelySentenceOverOneYear ? "适用速裁程序（可能判处一年以上有期徒刑）" : "适用速裁程序");
        }
        return String.join("，", parts);
    }
}
