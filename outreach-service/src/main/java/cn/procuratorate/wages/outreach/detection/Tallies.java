package cn.procuratorate.wages.outreach.detection;

import cn.procuratorate.wages.outreach.clients.CaseStatisticsClient.CaseStatistics;
import cn.procuratorate.wages.outreach.clients.PetitionStatisticsClient.PetitionStatistics;
import cn.procuratorate.wages.outreach.detection.Finding.SourceRow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@link Tally} of every key of one grouping over one period, from the statistics of each source that could be
 * read. Rows without a key (cases naming no company, online petitions without an industry) are no one's and left out.
 */
final class Tallies {

    private final Optional<CaseStatistics> cases;
    private final Optional<PetitionStatistics> petitions;
    private final Map<String, Tally> byKey = new TreeMap<>();

    private Tallies(Optional<CaseStatistics> cases, Optional<PetitionStatistics> petitions) {
        this.cases = cases;
        this.petitions = petitions;
        cases.ifPresent(statistics -> statistics.rows().stream().filter(row -> row.key() != null)
                .forEach(row -> byKey.put(row.key(), new Tally(row.key(), row, null))));
        petitions.ifPresent(statistics -> statistics.rows().stream().filter(row -> row.key() != null)
                .forEach(row -> byKey.merge(row.key(), new Tally(row.key(), null, row),
                        (fromCases, fromPetitions) -> new Tally(row.key(), fromCases.caseRow(), row))));
    }

    static Tallies of(Optional<CaseStatistics> cases, Optional<PetitionStatistics> petitions) {
        return new Tallies(cases, petitions);
    }

    /** Every key's tally, by key. */
    Collection<Tally> all() {
        return byKey.values();
    }

    /** The key's tally; all zero when no source has a row for it. */
    Tally of(String key) {
        return byKey.getOrDefault(key, new Tally(key, null, null));
    }

    /** The sources' rows of the key, as evidence: cases first. */
    List<SourceRow> rowsOf(String key) {
        Tally tally = of(key);
        List<SourceRow> rows = new ArrayList<>();
        cases.filter(statistics -> tally.caseRow() != null).ifPresent(statistics -> rows.add(new SourceRow(
                Source.CASES, statistics.groupBy().name(), statistics.period().from(), statistics.period().to(),
                tally.caseRow())));
        petitions.filter(statistics -> tally.petitionRow() != null).ifPresent(statistics -> rows.add(new SourceRow(
                Source.PETITIONS, statistics.groupBy().name(), statistics.period().from(), statistics.period().to(),
                tally.petitionRow())));
        return rows;
    }
}
