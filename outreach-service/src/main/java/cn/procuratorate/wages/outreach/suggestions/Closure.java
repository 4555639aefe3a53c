package cn.procuratorate.wages.outreach.suggestions;

import java.time.LocalDate;

/** How a suggestion ended: closed after its reply (or escalation), or withdrawn as a draft; with a note why. */
public record Closure(LocalDate on, String note) {
}
