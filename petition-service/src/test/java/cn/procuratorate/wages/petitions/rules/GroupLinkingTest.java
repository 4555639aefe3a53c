package cn.procuratorate.wages.petitions.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GroupLinkingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 10);
    private static final String CODE = EmployerKeyTest.CODE;
    private static final String OTHER_CODE = EmployerKeyTest.OTHER_CODE;
    private static final String NAME = "北京某建筑工程有限公司";

    private final GroupLinking linking = GroupLinking.defaults();

    private static PetitionRef today(String petitioner, String code, String name) {
        return new PetitionRef("new", petitioner, code, name, TODAY);
    }

    private static EarlierPetition open(String id, String petitioner, String code, String name, int daysAgo) {
        return EarlierPetition.open(new PetitionRef(id, petitioner, code, name, TODAY.minusDays(daysAgo)));
    }

    @ParameterizedTest(name = "{0} days before: linked {1}")
    @CsvSource({"0, true", "29, true", "30, true", "31, false", "-1, false"})
    void otherWorkersOfTheSameEmployerWithinThirtyDaysAreLinked(int daysAgo, boolean linked) {
        var link = linking.link(today("p1", CODE, NAME), List.of(open("a", "p2", CODE, NAME, daysAgo)));
        assertThat(link.isGroup()).isEqualTo(linked);
        assertThat(link.groupKey()).isEqualTo("credit:" + CODE);
    }

    @Test
    void severalWorkersFilingSeparatelyFormOneGroupWithOneKey() {
        var earlier = List.of(
                open("w3", "p3", null, "北京某建筑工程 有限公司", 2),
                open("w2", "p2", CODE, "曾用名", 10),
                open("w4", null, CODE, NAME, 10),
                open("same-worker", "p1", CODE, NAME, 5),
                open("other-employer", "p5", OTHER_CODE, NAME, 3),
                open("too-old", "p6", CODE, NAME, 40));
        var link = linking.link(today("p1", CODE, NAME), earlier);
        assertThat(link.linkedPetitionIds()).containsExactly("w2", "w4", "w3");
        assertThat(link.groupKey()).isEqualTo("credit:" + CODE);
        assertThat(link.ambiguousEmployer()).isFalse();

        // every member computes the same key from its own employer
        assertThat(linking.link(new PetitionRef("w2", "p2", CODE, "曾用名", TODAY), List.of()).groupKey())
                .isEqualTo(link.groupKey());
    }

    @Test
    void withoutCreditCodesTheKeyComesFromTheNormalisedName() {
        var link = linking.link(today("p1", null, "ＡＢＣ建筑劳务有限公司"),
                List.of(open("a", "p2", null, "abc 建筑劳务有限公司", 3)));
        assertThat(link.linkedPetitionIds()).containsExactly("a");
        assertThat(link.groupKey()).isEqualTo(EmployerKey.of(null, "abc建筑劳务有限公司").key().orElseThrow())
                .startsWith("name:");
    }

    @Test
    void aPetitionWithoutACodeTakesTheCodeOfTheLinkedOnes() {
        var link = linking.link(today("p1", null, NAME),
                List.of(open("a", "p2", CODE, NAME, 3), open("b", "p3", null, NAME, 4)));
        assertThat(link.linkedPetitionIds()).containsExactly("b", "a");
        assertThat(link.groupKey()).isEqualTo("credit:" + CODE);
        assertThat(link.ambiguousEmployer()).isFalse();
    }

    @Test
    void twoCompaniesOfTheSameNameAreNotMergedIntoOneGroup() {
        var link = linking.link(today("p1", null, NAME), List.of(
                open("a", "p2", CODE, NAME, 3), open("b", "p3", OTHER_CODE, NAME, 4), open("c", "p4", null, NAME, 5)));
        assertThat(link.ambiguousEmployer()).isTrue();
        assertThat(link.linkedPetitionIds()).containsExactly("c");
        assertThat(link.groupKey()).startsWith("name:");
    }

    @Test
    void theSamePetitionerIsNotAGroupButPetitionersWithoutIdAre() {
        assertThat(linking.link(today("p1", CODE, NAME), List.of(open("a", "p1", CODE, NAME, 3))).isGroup()).isFalse();
        assertThat(linking.link(today(null, CODE, NAME), List.of(open("a", null, CODE, NAME, 3))).isGroup()).isTrue();
    }

    @Test
    void mergedPetitionsAreNotLinkedAgain() {
        var merged = new EarlierPetition(new PetitionRef("m", "p2", CODE, NAME, TODAY.minusDays(2)), false, "a");
        var closed = new EarlierPetition(new PetitionRef("c", "p3", CODE, NAME, TODAY.minusDays(2)), true, null);
        assertThat(linking.link(today("p1", CODE, NAME), List.of(merged, closed)).linkedPetitionIds())
                .containsExactly("c");
    }

    @Test
    void anUnknownEmployerHasNoKeyAndNoGroup() {
        var link = linking.link(today("p1", null, "  "), List.of(open("a", "p2", null, null, 1)));
        assertThat(link.groupKey()).isNull();
        assertThat(link.isGroup()).isFalse();
    }

    @Test
    void theWindowIsConfigurable() {
        assertThat(GroupLinking.Settings.defaults().windowDays()).isEqualTo(30);
        var week = new GroupLinking(new GroupLinking.Settings(7));
        assertThat(week.link(today("p1", CODE, NAME), List.of(open("a", "p2", CODE, NAME, 7))).isGroup()).isTrue();
        assertThat(week.link(today("p1", CODE, NAME), List.of(open("a", "p2", CODE, NAME, 8))).isGroup()).isFalse();
        assertThatThrownBy(() -> new GroupLinking.Settings(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
