package cn.procuratorate.wages.petitions.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PriorityRulesTest {

    /** Outside any Spring Festival surge period. */
    private static final LocalDate SUMMER = LocalDate.of(2026, 7, 1);

    private final PriorityRules rules = PriorityRules.defaults();

    private static PriorityFacts facts(boolean group, Integer workers, Set<UrgencySign> signs, LocalDate receivedOn,
            Long amountFen) {
        return new PriorityFacts(group, workers, signs, receivedOn, amountFen);
    }

    @Test
    void aPlainPetitionOutsideTheSurgeIsNormalWithNoReason() {
        Priority priority = rules.assess(PriorityFacts.plain(SUMMER));
        assertThat(priority.level()).isEqualTo(PriorityLevel.NORMAL);
        assertThat(priority.reasons()).isEmpty();
        assertThat(priority.isPriority()).isFalse();
        assertThat(priority.sortRank()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0} workers: {1}")
    @CsvSource({"0, NORMAL", "1, NORMAL", "9, NORMAL", "10, PRIORITY", "11, PRIORITY", "200, PRIORITY"})
    void tenOrMoreWorkersArePriority(int workers, PriorityLevel expected) {
        Priority priority = rules.assess(facts(false, workers, Set.of(), SUMMER, null));
        assertThat(priority.level()).isEqualTo(expected);
        assertThat(priority.reasons().contains(PriorityReason.MANY_WORKERS))
                .isEqualTo(expected == PriorityLevel.PRIORITY);
    }

    @Test
    void anUnknownNumberOfWorkersRaisesNothing() {
        assertThat(rules.assess(facts(false, null, Set.of(), SUMMER, null)).level()).isEqualTo(PriorityLevel.NORMAL);
    }

    @Test
    void aGroupPetitionIsPriorityWhateverTheCount() {
        Priority priority = rules.assess(facts(true, 3, Set.of(), SUMMER, null));
        assertThat(priority.level()).isEqualTo(PriorityLevel.PRIORITY);
        assertThat(priority.reasons()).containsExactly(PriorityReason.GROUP_PETITION);
        assertThat(priority.isPriority()).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1} because {2}")
    @CsvSource({
        "VIOLENCE_OR_THREATS, URGENT, VIOLENCE_OR_THREATS",
        "BASIC_LIVING_AT_STAKE, URGENT, BASIC_LIVING_AT_STAKE",
        "MAJOR_ILLNESS, URGENT, MAJOR_ILLNESS",
        "EXTREME_ACTION_RISK, URGENT, EXTREME_ACTION_RISK",
        "OTHER, PRIORITY, OTHER_URGENCY"})
    void eachUrgencySignHasItsLevel(UrgencySign sign, PriorityLevel level, PriorityReason reason) {
        Priority priority = rules.assess(facts(false, 1, Set.of(sign), SUMMER, null));
        assertThat(priority.level()).isEqualTo(level);
        assertThat(priority.reasons()).containsExactly(reason);
    }

    @ParameterizedTest(name = "received {0}: {1}")
    @CsvSource({
        "2025-12-18, NORMAL", "2025-12-19, PRIORITY", "2026-02-17, PRIORITY", "2026-03-03, PRIORITY",
        "2026-03-04, NORMAL"})
    void theSpringFestivalSurgeMakesAPetitionPriority(LocalDate receivedOn, PriorityLevel expected) {
        Priority priority = rules.assess(PriorityFacts.plain(receivedOn));
        assertThat(priority.level()).isEqualTo(expected);
        assertThat(priority.reasons()).isEqualTo(expected == PriorityLevel.PRIORITY
                ? List.of(PriorityReason.SPRING_FESTIVAL_PERIOD) : List.of());
    }

    @Test
    void theSpringFestivalNeverLowersAnUrgentPetition() {
        Priority priority = rules.assess(
                facts(false, 1, Set.of(UrgencySign.VIOLENCE_OR_THREATS), LocalDate.of(2026, 2, 10), null));
        assertThat(priority.level()).isEqualTo(PriorityLevel.URGENT);
        assertThat(priority.reasons())
                .containsExactly(PriorityReason.VIOLENCE_OR_THREATS, PriorityReason.SPRING_FESTIVAL_PERIOD);
    }

    @ParameterizedTest(name = "received {0}")
    @CsvSource({"2041-01-20", "2019-02-01"})
    void aDateTheTableCannotPlaceIsSaidNotGuessedAndDoesNotCrash(LocalDate receivedOn) {
        Priority plain = rules.assess(PriorityFacts.plain(receivedOn));
        assertThat(plain.level()).isEqualTo(PriorityLevel.NORMAL);
        assertThat(plain.reasons()).containsExactly(PriorityReason.SPRING_FESTIVAL_UNKNOWN);
        assertThat(PriorityReason.SPRING_FESTIVAL_UNKNOWN.label()).contains("未能判断");

        Priority group = rules.assess(facts(true, null, Set.of(), receivedOn, null));
        assertThat(group.level()).isEqualTo(PriorityLevel.PRIORITY);
        assertThat(group.reasons())
                .containsExactly(PriorityReason.GROUP_PETITION, PriorityReason.SPRING_FESTIVAL_UNKNOWN);
    }

    @Test
    void aSummerDateOutsideTheTableIsSimplyOutsideTheSurge() {
        assertThat(rules.assess(PriorityFacts.plain(LocalDate.of(2045, 7, 1))).reasons()).isEmpty();
    }

    @ParameterizedTest(name = "{0} fen: {1}")
    @CsvSource({"9999999, NORMAL", "10000000, PRIORITY", "50000000, PRIORITY", "0, NORMAL"})
    void anAmountOfAHundredThousandYuanOrMoreIsPriority(long amountFen, PriorityLevel expected) {
        Priority priority = rules.assess(facts(false, 1, Set.of(), SUMMER, amountFen));
        assertThat(priority.level()).isEqualTo(expected);
        assertThat(priority.reasons().contains(PriorityReason.LARGE_AMOUNT))
                .isEqualTo(expected == PriorityLevel.PRIORITY);
    }

    @Test
    void theAmountRuleCanBeTurnedOffAndTheThresholdsChanged() {
        PriorityRules custom = new PriorityRules(
                new PriorityRules.Settings(5, null, new SpringFestival.Settings(0)));
        assertThat(custom.assess(facts(false, 5, Set.of(), SUMMER, 99_999_999L)).reasons())
                .containsExactly(PriorityReason.MANY_WORKERS);
        assertThat(custom.assess(facts(false, 4, Set.of(), SUMMER, 99_999_999L)).level())
                .isEqualTo(PriorityLevel.NORMAL);
        // with no lead time the surge starts on 正月初一 itself
        assertThat(custom.assess(PriorityFacts.plain(LocalDate.of(2026, 2, 16))).level())
                .isEqualTo(PriorityLevel.NORMAL);
        assertThat(custom.assess(PriorityFacts.plain(LocalDate.of(2026, 2, 17))).level())
                .isEqualTo(PriorityLevel.PRIORITY);
    }

    @Test
    void theDefaultsAreTheDocumentedFigures() {
        PriorityRules.Settings defaults = PriorityRules.Settings.defaults();
        assertThat(defaults.manyWorkers()).isEqualTo(10);
        assertThat(defaults.largeAmountFen()).isEqualTo(10_000_000L);
        assertThat(defaults.springFestival().daysBeforeNewYear()).isEqualTo(60);
    }

    @Test
    void allReasonsAreListedMostPressingFirst() {
        Priority priority = rules.assess(facts(true, 50, EnumSet.allOf(UrgencySign.class),
                LocalDate.of(2026, 1, 20), 20_000_000L));
        assertThat(priority.level()).isEqualTo(PriorityLevel.URGENT);
        assertThat(priority.sortRank()).isEqualTo(1);
        assertThat(priority.reasons()).containsExactly(
                PriorityReason.VIOLENCE_OR_THREATS, PriorityReason.BASIC_LIVING_AT_STAKE,
                PriorityReason.MAJOR_ILLNESS, PriorityReason.EXTREME_ACTION_RISK,
                PriorityReason.GROUP_PETITION, PriorityReason.MANY_WORKERS, PriorityReason.OTHER_URGENCY,
                PriorityReason.LARGE_AMOUNT, PriorityReason.SPRING_FESTIVAL_PERIOD);
    }

    @ParameterizedTest
    @EnumSource(PriorityReason.class)
    void everyReasonHasAStableCodeAndAChineseLabel(PriorityReason reason) {
        assertThat(reason.code()).isEqualTo(reason.name()).matches("[A-Z_]+");
        assertThat(reason.label()).isNotBlank().containsPattern("\\p{IsHan}");
    }

    @Test
    void sortRanksPutUrgentBeforePriorityBeforeNormal() {
        assertThat(PriorityLevel.URGENT.sortRank()).isLessThan(PriorityLevel.PRIORITY.sortRank());
        assertThat(PriorityLevel.PRIORITY.sortRank()).isLessThan(PriorityLevel.NORMAL.sortRank());
        assertThat(PriorityLevel.NORMAL.atLeast(PriorityLevel.URGENT)).isEqualTo(PriorityLevel.URGENT);
        assertThat(PriorityLevel.URGENT.atLeast(PriorityLevel.NORMAL)).isEqualTo(PriorityLevel.URGENT);
        assertThat(PriorityLevel.PRIORITY.atLeast(PriorityLevel.NORMAL)).isEqualTo(PriorityLevel.PRIORITY);
    }

    record Item(String name, Priority priority, LocalDate dueOn) {
    }

    @Test
    void aWorkListSortsUrgentFirstThenByDueDate() {
        Priority urgent = rules.assess(facts(false, 1, Set.of(UrgencySign.MAJOR_ILLNESS), SUMMER, null));
        Priority priority = rules.assess(facts(true, null, Set.of(), SUMMER, null));
        Priority normal = rules.assess(PriorityFacts.plain(SUMMER));
        List<Item> items = new ArrayList<>(List.of(
                new Item("normal-early", normal, LocalDate.of(2026, 7, 2)),
                new Item("priority-late", priority, LocalDate.of(2026, 7, 9)),
                new Item("urgent-none", urgent, null),
                new Item("urgent-late", urgent, LocalDate.of(2026, 7, 8)),
                new Item("priority-early", priority, LocalDate.of(2026, 7, 3)),
                new Item("urgent-early", urgent, LocalDate.of(2026, 7, 5))));
        items.sort(Priority.worklistOrder(Item::priority, Item::dueOn));
        assertThat(items).extracting(Item::name).containsExactly(
                "urgent-early", "urgent-late", "urgent-none", "priority-early", "priority-late", "normal-early");
    }

    @Test
    void impossibleFactsAreRefused() {
        assertThatThrownBy(() -> facts(false, -1, Set.of(), SUMMER, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> facts(false, 1, Set.of(), SUMMER, -1L))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> facts(false, 1, Set.of(), null, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PriorityRules.Settings(0, null, SpringFestival.Settings.defaults()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(facts(false, 1, null, SUMMER, null).urgencySigns()).isEmpty();
    }
}
