package cn.procuratorate.wages.outreach.detection;

import cn.procuratorate.wages.common.identifiers.SupervisingDepartment;
import cn.procuratorate.wages.outreach.detection.Finding.SourceRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Industries or regions whose arrears rise sharply against their own baseline: the last quarter of the period
 * ({@link DetectionPeriod#lastQuarter()}) against the mean of the four quarters before it (the 12 months before the quarter, divided by 4), once the quarter
 * has at least {@code minCount} arrears, so that 1 after 0 is no trend. A key without arrears before rises from
 * nothing: it counts once it reaches {@code minCount}, with no ratio.
 */
final class RisingArrears {

    /** Design choice: fewer arrears in a quarter are too few to call a trend, whatever the ratio. */
    static final int DEFAULT_MIN_COUNT = 5;
    /** Design choice: "rise sharply" as half as many again as the quarterly mean before. */
    static final BigDecimal DEFAULT_MIN_RATIO = new BigDecimal("1.5");

    private static final BigDecimal QUARTERS = BigDecimal.valueOf(DetectionPeriod.BASELINE_QUARTERS);

    record Settings(int minCount, BigDecimal minRatio) {

        Settings {
            Objects.requireNonNull(minRatio, "minRatio");
            if (minCount < 1 || minRatio.compareTo(BigDecimal.ONE) <= 0) {
                throw new IllegalArgumentException("A rise needs a count of at least 1 and a ratio above 1: "
                        + minCount + ", " + minRatio);
            }
        }

        static Settings defaults() {
            return new Settings(DEFAULT_MIN_COUNT, DEFAULT_MIN_RATIO);
        }
    }

    /** What a rise is measured in: the statistics grouping of the same name. */
    enum Dimension {
        INDUSTRY("行业"), REGION("地区");

        private final String label;

        Dimension(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /**
     * @param baselineQuarterlyMean the arrears of the four quarters before, divided by 4 (2 decimals, half up)
     * @param ratio                 quarter over that mean (2 decimals, half up); null when the mean is 0
     */
    record Figures(Dimension dimension, String code, DetectionPeriod quarter, long quarterArrears,
            DetectionPeriod quartersBefore, long quartersBeforeArrears, BigDecimal baselineQuarterlyMean,
            BigDecimal ratio, int minCount, BigDecimal minRatio) implements FindingFigures {
    }

    private final Settings settings;

    RisingArrears(Settings settings) {
        this.settings = settings;
    }

    /** Steepest rise first (a rise from nothing before any ratio), then most arrears. */
    List<Finding> find(Dimension dimension, Tallies quarter, Tallies quartersBefore, RuleContext context) {
        DetectionPeriod period = context.scope().period();
        List<Figures> rising = quarter.all().stream()
                .filter(tally -> rises(tally.arrears(), quartersBefore.of(tally.key()).arrears()))
                .map(tally -> figures(dimension, tally.key(), tally.arrears(), quartersBefore.of(tally.key()).arrears(),
                        period))
                .sorted(Comparator.comparing(Figures::ratio, Comparator.nullsFirst(Comparator.reverseOrder()))
                        .thenComparing(Comparator.comparingLong(Figures::quarterArrears).reversed())
                        .thenComparing(Figures::code))
                .toList();
        return rising.stream().map(figures -> finding(figures, quarter, quartersBefore, context)).toList();
    }

    /** Exact: quarter / (before / 4) >= minRatio, as quarter * 4 >= minRatio * before. */
    private boolean rises(long quarterArrears, long beforeArrears) {
        return quarterArrears >= settings.minCount() && BigDecimal.valueOf(quarterArrears).multiply(QUARTERS)
                .compareTo(settings.minRatio().multiply(BigDecimal.valueOf(beforeArrears))) >= 0;
    }

    private Figures figures(Dimension dimension, String code, long quarterArrears, long beforeArrears,
            DetectionPeriod period) {
        BigDecimal mean = BigDecimal.valueOf(beforeArrears).divide(QUARTERS, 2, RoundingMode.HALF_UP);
        BigDecimal ratio = beforeArrears == 0 ? null : BigDecimal.valueOf(quarterArrears).multiply(QUARTERS)
                .divide(BigDecimal.valueOf(beforeArrears), 2, RoundingMode.HALF_UP);
        return new Figures(dimension, code, period.lastQuarter(), quarterArrears, period.quartersBefore(),
                beforeArrears, mean, ratio, settings.minCount(), settings.minRatio());
    }

    private static Finding finding(Figures figures, Tallies quarter, Tallies quartersBefore, RuleContext context) {
        // A region's arrears span every industry: 人社 coordinates wage payment there (条例 art. 7).
        SupervisingDepartment department = figures.dimension() == Dimension.INDUSTRY
                ? Departments.ofIndustry(figures.code())
                : SupervisingDepartment.HUMAN_RESOURCES_SOCIAL_SECURITY;
        List<SourceRow> rows = new ArrayList<>(quarter.rowsOf(figures.code()));
        rows.addAll(quartersBefore.rowsOf(figures.code()));
        return context.finding(FindingKind.RISING_ARREARS, figures.dimension() + ":" + figures.code(),
                figures.dimension().label() + " " + figures.code(), department, figures, rows);
    }
}
