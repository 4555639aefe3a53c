package cn.procuratorate.wages.petitions.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.common.identifiers.UnifiedSocialCreditCode;
import cn.procuratorate.wages.common.privacy.ResidentIdNumber;
import cn.procuratorate.wages.petitions.demo.PlannedPetition.Step;
import cn.procuratorate.wages.petitions.petition.Channel;
import cn.procuratorate.wages.petitions.petition.Petitions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoPetitionPlannerTest {

    private static final Instant NOW = Instant.parse("2026-11-26T03:30:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, Petitions.CHINA);

    private final List<PlannedPetition> plans = new DemoPetitionPlanner(DemoPetitionPlanner.SEED, NOW).plan();

    @Test
    void theSamePetitionsEveryTime() {
        List<PlannedPetition> again = new DemoPetitionPlanner(DemoPetitionPlanner.SEED, NOW).plan();

        assertThat(again).extracting(PlannedPetition::summary)
                .containsExactlyElementsOf(plans.stream().map(PlannedPetition::summary).toList());
        assertThat(again).extracting(p -> p.steps().size())
                .containsExactlyElementsOf(plans.stream().map(p -> p.steps().size()).toList());
    }

    @Test
    void oneHundredAndFiftyPetitionsOfTheDevUnitsOnEveryChannelOverTheLastYear() {
        assertThat(plans).hasSize(150);
        assertThat(plans.stream().collect(Collectors.groupingBy(PlannedPetition::unit, Collectors.counting())))
                .isEqualTo(Map.of(Regions.CHAOYANG, 125L, Regions.XUANWU, 25L));
        assertThat(plans).extracting(PlannedPetition::channel).contains(Channel.values());
        assertThat(plans).isSortedAccordingTo((a, b) -> a.receivedAt().compareTo(b.receivedAt()));
        assertThat(plans).allSatisfy(plan -> {
            assertThat(plan.receivedAt()).isBeforeOrEqualTo(NOW);
            assertThat(LocalDate.ofInstant(plan.receivedAt(), Petitions.CHINA)).isAfter(TODAY.minusYears(1));
        });
    }

    @Test
    void stepsFollowTheReceiptInOrderAndNoneLiesAhead() {
        assertThat(plans).allSatisfy(plan -> {
            Instant previous = plan.receivedAt();
            for (Step step : plan.steps()) {
                assertThat(step.at()).isAfter(previous).isBeforeOrEqualTo(NOW);
                previous = step.at();
            }
        });
    }

    @Test
    void identifiersAreValidAndTheOnlineFormIsFilledAsThePublicDeskFillsIt() {
        assertThat(plans).allSatisfy(plan -> {
            assertThat(ResidentIdNumber.defectOf(plan.petitioner().residentId().value(), TODAY)).isEmpty();
            assertThat(plan.petitioner().phone().value()).matches("1[3-9]\\d{9}");
            if (plan.employer().creditCode() != null) {
                assertThat(UnifiedSocialCreditCode.isValid(plan.employer().creditCode())).isTrue();
            }
            assertThat(plan.amountOwedFen()).isPositive();
            if (plan.channel() == Channel.ONLINE) {
                assertThat(plan.regionCode()).isEqualTo(plan.unit());
                assertThat(plan.phoneGiven()).isTrue();
                assertThat(plan.urgencySigns()).isEmpty();
            }
        });
    }

    @Test
    void mostArrearsAreInConstructionSomeEmployersAreGangBossesAndSomeComeBack() {
        long construction = plans.stream().filter(p -> p.employer().trade().isConstruction()).count();
        assertThat(construction).isGreaterThan(plans.size() / 2);
        assertThat(plans).anySatisfy(p -> assertThat(p.employer().creditCode()).isNull());
        Map<String, Long> perEmployer = plans.stream()
                .collect(Collectors.groupingBy(p -> p.employer().name(), Collectors.counting()));
        assertThat(perEmployer.values()).anyMatch(count -> count >= 3);
    }
}
