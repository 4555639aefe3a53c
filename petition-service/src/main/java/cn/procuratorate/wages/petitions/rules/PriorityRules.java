package cn.procuratorate.wages.petitions.rules;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which petitions are handled first. From the petition-service issue: "Group petitions and those with signs of urgency
 * (many workers, violence, a worker's basic living at stake, the Spring Festival period) are marked priority and
 * sorted first." The split into two levels, and which sign leads to which, is a design choice:
 * <ul>
 * <li>{@link PriorityLevel#URGENT}: violence or threats, basic living at stake, a major illness (the "serious
 * consequences" of 法释〔2013〕3号 第五条), and a risk of extreme action;</li>
 * <li>{@link PriorityLevel#PRIORITY}: a group petition (集体访/集体信), {@link Settings#manyWorkers()} or more workers,
 * another urgency sign, an amount owed of {@link Settings#largeAmountFen()} or more, receipt in the Spring Festival
 * surge period ({@link SpringFestival});</li>
 * <li>{@link PriorityLevel#NORMAL} otherwise.</li>
 * </ul>
 * The level is the most pressing one any reason raises to. A receipt date the Spring Festival table cannot place adds
 * {@link PriorityReason#SPRING_FESTIVAL_UNKNOWN}, which raises nothing: the clerk is told rather than a date guessed.
 */
public final class PriorityRules {

    /**
     * Design choice: 10 or more workers is "many", in line with the ten-worker line of 法释〔2013〕3号 第三条
     * (拒不支付十名以上劳动者的劳动报酬); the issue names no figure.
     */
    public static final int DEFAULT_MANY_WORKERS = 10;

    /**
     * Design choice: ¥100,000 (in fen), the top of the range 法释〔2013〕3号 第三条 sets for "数额较大" over ten or
     * more workers (¥30,000–100,000), so the amount alone meets every province's criminal threshold for a group;
     * {@code null} in {@link Settings} turns the rule off. The issue names no amount rule.
     */
    public static final long DEFAULT_LARGE_AMOUNT_FEN = 100_000L * 100;

    /** Which reason each urgency sign gives (table; every sign has one). */
    private static final Map<UrgencySign, PriorityReason> SIGN_REASONS = new EnumMap<>(Map.of(
            UrgencySign.VIOLENCE_OR_THREATS, PriorityReason.VIOLENCE_OR_THREATS,
            UrgencySign.BASIC_LIVING_AT_STAKE, PriorityReason.BASIC_LIVING_AT_STAKE,
            UrgencySign.MAJOR_ILLNESS, PriorityReason.MAJOR_ILLNESS,
            UrgencySign.EXTREME_ACTION_RISK, PriorityReason.EXTREME_ACTION_RISK,
            UrgencySign.OTHER, PriorityReason.OTHER_URGENCY));

    /**
     * @param manyWorkers    from how many workers a petition is priority (at least 1)
     * @param largeAmountFen from what amount owed (fen) a petition is priority; {@code null} for no amount rule
     * @param springFestival the surge period's settings
     */
    public record Settings(int manyWorkers, Long largeAmountFen, SpringFestival.Settings springFestival) {
        public Settings {
            if (manyWorkers < 1) {
                throw new IllegalArgumentException("manyWorkers must be at least 1: " + manyWorkers);
            }
            if (largeAmountFen != null && largeAmountFen < 1) {
                throw new IllegalArgumentException("largeAmountFen must be positive or null: " + largeAmountFen);
            }
            Objects.requireNonNull(springFestival, "springFestival");
        }

        public static Settings defaults() {
            return new Settings(DEFAULT_MANY_WORKERS, DEFAULT_LARGE_AMOUNT_FEN, SpringFestival.Settings.defaults());
        }
    }

    private final Settings settings;
    private final SpringFestival springFestival;

    public PriorityRules(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.springFestival = new SpringFestival(settings.springFestival());
    }

    public static PriorityRules defaults() {
        return new PriorityRules(Settings.defaults());
    }

    public Priority assess(PriorityFacts facts) {
        Set<PriorityReason> reasons = EnumSet.noneOf(PriorityReason.class);
        for (UrgencySign sign : facts.urgencySigns()) {
            reasons.add(SIGN_REASONS.get(sign));
        }
        if (facts.groupPetition()) {
            reasons.add(PriorityReason.GROUP_PETITION);
        }
        if (facts.workersAffected() != null && facts.workersAffected() >= settings.manyWorkers()) {
            reasons.add(PriorityReason.MANY_WORKERS);
        }
        if (settings.largeAmountFen() != null && facts.amountOwedFen() != null
                && facts.amountOwedFen() >= settings.largeAmountFen()) {
            reasons.add(PriorityReason.LARGE_AMOUNT);
        }
        switch (springFestival.statusOn(facts.receivedOn())) {
            case IN_PERIOD -> reasons.add(PriorityReason.SPRING_FESTIVAL_PERIOD);
            case UNKNOWN -> reasons.add(PriorityReason.SPRING_FESTIVAL_UNKNOWN);
            case OUTSIDE -> { }
        }
        PriorityLevel level = PriorityLevel.NORMAL;
        for (PriorityReason reason : reasons) {
            level = level.atLeast(reason.raisesTo());
        }
        return new Priority(level, List.copyOf(reasons));
    }

    public Settings settings() {
        return settings;
    }
}
