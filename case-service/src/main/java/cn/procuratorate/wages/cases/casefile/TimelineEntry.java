package cn.procuratorate.wages.cases.casefile;

import java.time.Instant;

/** One change of a case: who (subject and role), when, what, and why when a reason was given. */
public record TimelineEntry(Instant at, String actor, String role, String action, String summary, String reason) {
}
