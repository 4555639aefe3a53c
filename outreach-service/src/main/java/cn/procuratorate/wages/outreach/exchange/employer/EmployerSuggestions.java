package cn.procuratorate.wages.outreach.exchange.employer;

import cn.procuratorate.wages.outreach.exchange.AgencySector;
import java.time.LocalDate;
import java.util.List;

/**
 * Extension point: this service's procuratorial suggestions concerning an employer, as an agency of a sector may see
 * them. Procuratorial suggestions (package {@code suggestions}, built on another branch) name a recipient and
 * evidence but no employer yet; once they do, a bean implementing this (e.g. suggestions whose evidence or subject
 * is the employer, addressed to a department of the agency's sector) is what the employer status answers with.
 * Without such a bean it says that suggestions are {@link Suggestions#NOT_TRACKED not tracked} by employer.
 */
public interface EmployerSuggestions {

    /** @param creditCode a valid, normalised credit code */
    Suggestions concerning(String creditCode, AgencySector sector);

    /**
     * {@code tracked}: whether suggestions are tracked by employer at all; when false, {@code items} is empty because
     * nothing is known, not because there are none.
     */
    record Suggestions(boolean tracked, List<SuggestionNote> items) {

        public static final Suggestions NOT_TRACKED = new Suggestions(false, List.of());
    }

    /** One suggestion as an agency sees it: what kind, to whom (by sector), when, and whether it was adopted. */
    record SuggestionNote(String kind, String recipientSector, LocalDate issuedOn, String stage, Boolean adopted) {
    }
}
