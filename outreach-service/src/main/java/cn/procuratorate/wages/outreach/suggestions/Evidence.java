package cn.procuratorate.wages.outreach.suggestions;

/**
 * What a suggestion rests on: a typed reference to a case (case-service), a petition (petition-service) or a problem
 * detected from their figures (this service), with a label to show without calling them. Stored as given: the ids
 * belong to the other services, which are not asked whether they exist.
 */
public record Evidence(Kind kind, String id, String label) {

    public enum Kind {
        CASE, PETITION, FINDING
    }
}
