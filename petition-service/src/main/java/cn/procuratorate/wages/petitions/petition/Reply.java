package cn.procuratorate.wages.petitions.petition;

import java.time.LocalDate;

/** A reply sent to the petitioner; its text is shown on the public progress page as it was sent. */
public record Reply(ReplyKind kind, String text, ReplyChannel channel, LocalDate sentOn, String sentBy) {
}
