package cn.procuratorate.wages.petitions.petition;

import java.time.LocalDate;

/**
 * How the petition was handled: {@code agency} for a transfer, {@code mergedInto} for a merge, {@code note} the
 * reason or the answer given.
 */
public record Handling(HandlingOutcome outcome, String agency, String mergedInto, String note, LocalDate handledOn,
        String handledBy) {
}
