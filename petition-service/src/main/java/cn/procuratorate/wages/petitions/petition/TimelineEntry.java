package cn.procuratorate.wages.petitions.petition;

import java.time.Instant;

/** One change of a petition: who (subject and role), when, what, and why when a reason was given. */
public record TimelineEntry(Instant at, String actor, String role, String action, String summary) {
}
