package cn.procuratorate.wages.outreach.detection;

import cn.procuratorate.wages.outreach.clients.CaseStatisticsClient;
import cn.procuratorate.wages.outreach.clients.PetitionStatisticsClient;
import java.util.Optional;

/**
 * The arrears of one key (an employer, an industry, a region, a month) in one period, from both sources: every
 * petition, plus the cases beyond those the routed petitions became ({@code petitions + max(0, cases - routed)}), so
 * a petition routed into a case counts once, and still counts when its case falls outside the period or the case
 * figures are missing.
 *
 * @param caseRow     null when case figures have no row for the key, or could not be read
 * @param petitionRow null when petition figures have no row for the key, or could not be read
 */
record Tally(String key, CaseStatisticsClient.Row caseRow, PetitionStatisticsClient.Row petitionRow) {

    long cases() {
        return caseRow == null ? 0 : caseRow.cases();
    }

    long petitions() {
        return petitionRow == null ? 0 : petitionRow.petitions();
    }

    long routedToCases() {
        return petitionRow == null ? 0 : petitionRow.routedToCases();
    }

    long arrears() {
        return petitions() + Math.max(0, cases() - routedToCases());
    }

    /** The name the sources give it: case-service's (from a register) before a petitioner's. */
    Optional<String> label() {
        if (caseRow != null && caseRow.label() != null) {
            return Optional.of(caseRow.label());
        }
        return Optional.ofNullable(petitionRow == null ? null : petitionRow.label());
    }
}
