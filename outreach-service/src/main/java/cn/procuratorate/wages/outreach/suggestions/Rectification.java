package cn.procuratorate.wages.outreach.suggestions;

import java.time.LocalDate;

/** The rectification the recipient completed (整改落实), as the procuratorate verified it. */
public record Rectification(LocalDate completedOn, String description) {
}
