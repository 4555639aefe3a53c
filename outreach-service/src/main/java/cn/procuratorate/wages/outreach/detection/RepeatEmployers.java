package cn.procuratorate.wages.outreach.detection;

import java.util.Comparator;
import java.util.List;

/**
 * Employers with repeated arrears: at least {@code minOccurrences} cases or petitions in the period, counted together
 * across all their projects and regions (and, for a service reading every unit, procuratorates), a petition routed
 * into a case counted once ({@link Tally#arrears()}). Keys are credit codes, or an employer's normalised name where the
 * petitions give no code; case figures name no employer without one.
 */
final class RepeatEmployers {

    /** The outreach issue: "3 or more petitions or cases in 12 months" (12 months: the default period). */
    static final int DEFAULT_MIN_OCCURRENCES = 3;

    record Settings(int minOccurrences) {

        Settings {
            if (minOccurrences < 2) {
                throw new IllegalArgumentException("A repeat takes at least 2 occurrences: " + minOccurrences);
            }
        }

        static Settings defaults() {
            return new Settings(DEFAULT_MIN_OCCURRENCES);
        }
    }

    /**
     * @param occurrences  petitions, plus the cases beyond those the routed petitions became ({@link Tally})
     * @param industryCode the industry of the employer's latest case; null when only petitions name it
     */
    record Figures(long cases, long petitions, long petitionsRoutedToCases, long occurrences, String industryCode,
            int minOccurrences) implements FindingFigures {
    }

    private final Settings settings;

    RepeatEmployers(Settings settings) {
        this.settings = settings;
    }

    /** Most occurrences first. */
    List<Finding> find(Tallies employers, RuleContext context) {
        return employers.all().stream().filter(tally -> tally.arrears() >= settings.minOccurrences())
                .sorted(Comparator.comparingLong(Tally::arrears).reversed().thenComparing(Tally::key))
                .map(tally -> finding(tally, employers, context)).toList();
    }

    private Finding finding(Tally tally, Tallies employers, RuleContext context) {
        String industry = tally.caseRow() == null ? null : tally.caseRow().industryCode();
        Figures figures = new Figures(tally.cases(), tally.petitions(), tally.routedToCases(), tally.arrears(),
                industry, settings.minOccurrences());
        return context.finding(FindingKind.REPEAT_EMPLOYER, tally.key(), tally.label().orElse(tally.key()),
                Departments.ofIndustry(industry), figures, employers.rowsOf(tally.key()));
    }
}
