package cn.procuratorate.wages.outreach.materials;

import java.time.Instant;

/**
 * One version of a material: numbered from 1, drafted, then published once and never changed after (a new text is a
 * new version), so a version number always names the same text.
 */
public record MaterialVersion(int number, MaterialContent content, String draftedBy, Instant draftedAt,
        String publishedBy, Instant publishedAt) {

    public boolean published() {
        return publishedAt != null;
    }

    MaterialVersion redrafted(MaterialContent newContent, String by, Instant at) {
        return new MaterialVersion(number, newContent, by, at, null, null);
    }

    MaterialVersion publishedBy(String by, Instant at) {
        return new MaterialVersion(number, content, draftedBy, draftedAt, by, at);
    }
}
