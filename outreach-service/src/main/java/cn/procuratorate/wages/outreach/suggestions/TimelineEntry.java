package cn.procuratorate.wages.outreach.suggestions;

import java.time.Instant;

/** One change of a suggestion: who (subject and role), when, what, and why when a reason was given. */
public record TimelineEntry(Instant at, String actor, String role, String action, String summary, String reason) {
}
