package cn.procuratorate.wages.outreach.detection;

import cn.procuratorate.wages.common.identifiers.SupervisingDepartment;
import cn.procuratorate.wages.outreach.detection.Finding.SourceRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Arrears surging before the Spring Festival, when migrant workers go home and expect the year's pay. The sources
 * count per calendar month, so a festival's season is the months that lie at least half in the
 * {@code daysBeforeNewYear} days before 正月初一 (with 60: January and February before a New Year in mid-February,
 * December and January before one in late January). The season's monthly mean is held against the monthly mean of
 * the period's other months; a season counts once it has {@code minCount} arrears and the period at least
 * {@code minOtherMonths} other months to compare with.
 *
 * <p>Only whole months of the period count (a month cut by its ends would look quiet), and only months the table of
 * {@link SpringFestivalDates} can place: a month in year Y may belong to the season of Y's or Y+1's New Year.
 */
final class SeasonalSurge {

    /**
     * petition-service's design choice for its surge period (petitions.rules.SpringFestival), the core of the winter
     * campaign against arrears (治理欠薪冬季行动, from November until the festival).
     */
    static final int DEFAULT_DAYS_BEFORE_NEW_YEAR = 60;
    /** Design choice: as a rising quarter, half as many again as the other months. */
    static final BigDecimal DEFAULT_MIN_RATIO = new BigDecimal("1.5");
    /** Design choice: fewer arrears in a whole season are too few to call a surge. */
    static final int DEFAULT_MIN_COUNT = 5;
    /** Design choice: half a year of other months makes a baseline. */
    static final int DEFAULT_MIN_OTHER_MONTHS = 6;
    /** Keeps a season within the year before its New Year, so a month can only be in Y's or Y+1's. */
    static final int MAX_DAYS_BEFORE_NEW_YEAR = 300;

    record Settings(int daysBeforeNewYear, BigDecimal minRatio, int minCount, int minOtherMonths) {

        Settings {
            Objects.requireNonNull(minRatio, "minRatio");
            if (daysBeforeNewYear < 1 || daysBeforeNewYear > MAX_DAYS_BEFORE_NEW_YEAR || minCount < 1
                    || minOtherMonths < 1 || minRatio.compareTo(BigDecimal.ONE) <= 0) {
                throw new IllegalArgumentException("Seasonal surge: days before New Year 1 to "
                        + MAX_DAYS_BEFORE_NEW_YEAR + ", counts of at least 1 and a ratio above 1: " + this);
            }
        }

        static Settings defaults() {
            return new Settings(DEFAULT_DAYS_BEFORE_NEW_YEAR, DEFAULT_MIN_RATIO, DEFAULT_MIN_COUNT,
                    DEFAULT_MIN_OTHER_MONTHS);
        }
    }

    /**
     * @param seasonMonthlyMean arrears of the season per month (2 decimals, half up); {@code otherMonthlyMean} alike
     * @param ratio             the season's monthly mean over the other months'; null when those had none
     */
    record Figures(LocalDate newYearDay, List<YearMonth> seasonMonths, long seasonArrears,
            BigDecimal seasonMonthlyMean, int otherMonths, long otherArrears, BigDecimal otherMonthlyMean,
            BigDecimal ratio, int daysBeforeNewYear, int minCount, BigDecimal minRatio) implements FindingFigures {
    }

    private final Settings settings;

    SeasonalSurge(Settings settings) {
        this.settings = settings;
    }

    /** The latest festival first. */
    List<Finding> find(Tallies months, RuleContext context) {
        List<YearMonth> whole = context.scope().period().wholeMonths().stream().filter(SeasonalSurge::placeable)
                .toList();
        if (whole.isEmpty()) {
            return List.of();
        }
        List<Season> seasons = new ArrayList<>();
        Set<YearMonth> inAnySeason = new HashSet<>();
        for (int year = whole.get(0).getYear(); year <= whole.get(whole.size() - 1).getYear() + 1; year++) {
            season(year).ifPresent(season -> {
                inAnySeason.addAll(season.months());
                if (whole.containsAll(season.months())) {
                    seasons.add(season);
                }
            });
        }
        // A season cut by the period's ends is no baseline either.
        List<YearMonth> others = whole.stream().filter(month -> !inAnySeason.contains(month)).toList();
        if (others.size() < settings.minOtherMonths()) {
            return List.of();
        }
        long otherArrears = arrears(others, months);
        return seasons.stream().sorted(Comparator.comparing(Season::newYearDay).reversed())
                .map(season -> figures(season, arrears(season.months(), months), others.size(), otherArrears))
                .filter(this::surges)
                .map(figures -> finding(figures, whole, months, context)).toList();
    }

    private record Season(LocalDate newYearDay, List<YearMonth> months) {
    }

    /** The months at least half of whose days lie in the days before the New Year of {@code year}. */
    private Optional<Season> season(int year) {
        return SpringFestivalDates.newYearDay(year).map(newYear -> {
            LocalDate first = newYear.minusDays(settings.daysBeforeNewYear());
            List<YearMonth> months = new ArrayList<>();
            for (YearMonth month = YearMonth.from(first); month.isBefore(YearMonth.from(newYear).plusMonths(1));
                    month = month.plusMonths(1)) {
                LocalDate start = first.isAfter(month.atDay(1)) ? first : month.atDay(1);
                LocalDate end = newYear.isBefore(month.atEndOfMonth().plusDays(1)) ? newYear
                        : month.atEndOfMonth().plusDays(1);
                if (2 * ChronoUnit.DAYS.between(start, end) >= month.lengthOfMonth()) {
                    months.add(month);
                }
            }
            return new Season(newYear, months);
        }).filter(season -> !season.months().isEmpty());
    }

    private static boolean placeable(YearMonth month) {
        return SpringFestivalDates.newYearDay(month.getYear()).isPresent()
                && SpringFestivalDates.newYearDay(month.getYear() + 1).isPresent();
    }

    private static long arrears(List<YearMonth> months, Tallies tallies) {
        return months.stream().mapToLong(month -> tallies.of(month.toString()).arrears()).sum();
    }

    private Figures figures(Season season, long seasonArrears, int otherMonths, long otherArrears) {
        int seasonMonths = season.months().size();
        BigDecimal seasonMean = mean(seasonArrears, seasonMonths);
        BigDecimal otherMean = mean(otherArrears, otherMonths);
        BigDecimal ratio = otherArrears == 0 ? null : BigDecimal.valueOf(seasonArrears * otherMonths)
                .divide(BigDecimal.valueOf(otherArrears * seasonMonths), 2, RoundingMode.HALF_UP);
        return new Figures(season.newYearDay(), season.months(), seasonArrears, seasonMean, otherMonths, otherArrears,
                otherMean, ratio, settings.daysBeforeNewYear(), settings.minCount(), settings.minRatio());
    }

    /** Exact: season mean >= minRatio * other mean, as season * others >= minRatio * other * seasonMonths. */
    private boolean surges(Figures figures) {
        BigDecimal season = BigDecimal.valueOf(figures.seasonArrears() * figures.otherMonths());
        BigDecimal other = BigDecimal.valueOf(figures.otherArrears() * figures.seasonMonths().size());
        return figures.seasonArrears() >= settings.minCount()
                && season.compareTo(settings.minRatio().multiply(other)) >= 0;
    }

    private static BigDecimal mean(long total, int months) {
        return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_UP);
    }

    private static Finding finding(Figures figures, List<YearMonth> whole, Tallies months, RuleContext context) {
        List<SourceRow> rows = whole.stream().flatMap(month -> months.rowsOf(month.toString()).stream()).toList();
        String year = String.valueOf(figures.newYearDay().getYear());
        String label = year + "年春节前（" + figures.seasonMonths().stream().map(YearMonth::toString)
                .collect(Collectors.joining("、")) + "）";
        // The winter campaign before the festival is led by the wage office of the State Council, within 人社.
        return context.finding(FindingKind.SEASONAL_SURGE, year, label,
                SupervisingDepartment.HUMAN_RESOURCES_SOCIAL_SECURITY, figures, rows);
    }
}
