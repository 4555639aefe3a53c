package cn.procuratorate.wages.petitions.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.wages.petitions.rules.DuplicateProposal.Reason;
import cn.procuratorate.wages.petitions.rules.EmployerKey.Match;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DuplicateRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);
    private static final String CODE = EmployerKeyTest.CODE;
    private static final String OTHER_CODE = EmployerKeyTest.OTHER_CODE;
    private static final String NAME = "北京某建筑工程有限公司";

    private final DuplicateRules rules = DuplicateRules.defaults();

    private static PetitionRef petition(String id, String petitioner, String code, String name, LocalDate on) {
        return new PetitionRef(id, petitioner, code, name, on);
    }

    private static PetitionRef today(String petitioner, String code, String name) {
        return petition("new", petitioner, code, name, TODAY);
    }

    private static EarlierPetition open(String id, String petitioner, String code, String name, int daysAgo) {
        return EarlierPetition.open(petition(id, petitioner, code, name, TODAY.minusDays(daysAgo)));
    }

    @ParameterizedTest(name = "{0} days before: duplicate {1}")
    @CsvSource({"0, true", "1, true", "29, true", "30, true", "31, false", "60, false", "-1, false"})
    void anEarlierPetitionCountsUpToThirtyDaysBefore(int daysAgo, boolean duplicate) {
        var proposal = rules.propose(today("p1", CODE, NAME), List.of(open("a", "p1", CODE, NAME, daysAgo)));
        assertThat(proposal.isPresent()).isEqualTo(duplicate);
        proposal.ifPresent(p -> {
            assertThat(p.duplicateOfId()).isEqualTo("a");
            assertThat(p.matchedPetitionId()).isEqualTo("a");
            assertThat(p.daysApart()).isEqualTo(daysAgo);
            assertThat(p.employerMatchedBy()).isEqualTo(Match.CREDIT_CODE);
            assertThat(p.reason()).isEqualTo(Reason.SAME_PETITIONER_SAME_EMPLOYER);
            assertThat(p.viaEarlierMerge()).isFalse();
        });
    }

    @Test
    void theWindowIsTheIssuesThirtyDaysAndConfigurable() {
        assertThat(DuplicateRules.DUPLICATE_WINDOW_DAYS).isEqualTo(30);
        assertThat(DuplicateRules.Settings.defaults().windowDays()).isEqualTo(30);
        DuplicateRules week = new DuplicateRules(new DuplicateRules.Settings(7));
        assertThat(week.propose(today("p1", CODE, NAME), List.of(open("a", "p1", CODE, NAME, 7)))).isPresent();
        assertThat(week.propose(today("p1", CODE, NAME), List.of(open("a", "p1", CODE, NAME, 8)))).isEmpty();
        assertThatThrownBy(() -> new DuplicateRules.Settings(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSamePetitionerAgainstAnotherEmployerIsNoDuplicate() {
        assertThat(rules.propose(today("p1", CODE, NAME), List.of(open("a", "p1", OTHER_CODE, NAME, 3)))).isEmpty();
        assertThat(rules.propose(today("p1", null, NAME), List.of(open("a", "p1", null, "别的公司", 3)))).isEmpty();
    }

    @Test
    void anotherPetitionerAgainstTheSameEmployerIsNoDuplicate() {
        assertThat(rules.propose(today("p1", CODE, NAME), List.of(open("a", "p2", CODE, NAME, 3)))).isEmpty();
    }

    @Test
    void withoutAResidentIdAPetitionIsNeverADuplicateByPetitioner() {
        assertThat(rules.propose(today(null, CODE, NAME), List.of(open("a", null, CODE, NAME, 3)))).isEmpty();
        assertThat(rules.propose(today(null, CODE, NAME), List.of(open("a", "p1", CODE, NAME, 3)))).isEmpty();
        assertThat(rules.propose(today("p1", CODE, NAME), List.of(open("a", null, CODE, NAME, 3)))).isEmpty();
        assertThat(rules.propose(today(" ", CODE, NAME), List.of(open("a", " ", CODE, NAME, 3)))).isEmpty();
    }

    @ParameterizedTest(name = "new [{0}|{1}] vs earlier [{2}|{3}]: {4}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "NULL|北京某建筑工程有限公司|NULL|北京某建筑工程 有限公司|NAME",
        "NULL|ＡＢＣ建筑劳务有限公司|NULL|abc 建筑劳务有限公司|NAME",
        "91110108551385082Q|北京某建筑工程有限公司|NULL|北京某建筑工程有限公司|NAME",
        "91110108551385082Q|旧名称|９１１１０１０８５５１３８５０８２Ｑ|新名称|CREDIT_CODE",
        "91110108551385082Q|北京某建筑工程有限公司|91110000600037341L|北京某建筑工程有限公司|NONE",
        "NULL|北京某建筑工程有限公司|NULL|北京某建筑工程有限责任公司|NONE",
        "NULL|NULL|NULL|NULL|NONE"})
    void theEmployerMatchesByCreditCodeWhenBothHaveOneElseByName(String newCode, String newName, String oldCode,
            String oldName, String expected) {
        var proposal = rules.propose(today("p1", newCode, newName), List.of(open("a", "p1", oldCode, oldName, 5)));
        assertThat(proposal.map(p -> p.employerMatchedBy().name()).orElse("NONE")).isEqualTo(expected);
    }

    @Test
    void theMostRecentMatchingPetitionIsProposed() {
        var earlier = List.of(
                open("oldest", "p1", CODE, NAME, 25),
                open("recent", "p1", null, NAME, 4),
                open("other-petitioner", "p2", CODE, NAME, 1),
                open("other-employer", "p1", OTHER_CODE, NAME, 2),
                open("too-old", "p1", CODE, NAME, 31),
                open("later", "p1", CODE, NAME, -2),
                open("middle", "p1", CODE, NAME, 10));
        var proposal = rules.propose(today("p1", CODE, NAME), earlier).orElseThrow();
        assertThat(proposal.duplicateOfId()).isEqualTo("recent");
        assertThat(proposal.daysApart()).isEqualTo(4);
        assertThat(proposal.employerMatchedBy()).isEqualTo(Match.NAME);
    }

    @Test
    void onTheSameDayTheGreaterIdIsTheMoreRecent() {
        var earlier = List.of(open("66a000000000000000000002", "p1", CODE, NAME, 3),
                open("66a000000000000000000001", "p1", CODE, NAME, 3));
        assertThat(rules.propose(today("p1", CODE, NAME), earlier).orElseThrow().duplicateOfId())
                .isEqualTo("66a000000000000000000002");
    }

    @Test
    void theNewPetitionItselfIsNotItsOwnDuplicate() {
        var self = EarlierPetition.open(today("p1", CODE, NAME));
        assertThat(rules.propose(today("p1", CODE, NAME), List.of(self))).isEmpty();
    }

    @Test
    void aClosedEarlierPetitionIsProposedAsARepeat() {
        var closed = new EarlierPetition(petition("a", "p1", CODE, NAME, TODAY.minusDays(12)), true, null);
        var proposal = rules.propose(today("p1", CODE, NAME), List.of(closed)).orElseThrow();
        assertThat(proposal.duplicateOfId()).isEqualTo("a");
        assertThat(proposal.reason()).isEqualTo(Reason.REPEAT_AFTER_CLOSURE);
        assertThat(proposal.reason().label()).contains("已办结");
    }

    @Test
    void aMergedEarlierPetitionLeadsToThePetitionItWasMergedInto() {
        var original = new EarlierPetition(petition("original", "p1", CODE, NAME, TODAY.minusDays(45)), false, null);
        var merged = new EarlierPetition(petition("merged", "p1", CODE, NAME, TODAY.minusDays(20)), false, "original");
        var proposal = rules.propose(today("p1", CODE, NAME), List.of(original, merged)).orElseThrow();
        assertThat(proposal.duplicateOfId()).isEqualTo("original");
        assertThat(proposal.matchedPetitionId()).isEqualTo("merged");
        assertThat(proposal.daysApart()).isEqualTo(20);
        assertThat(proposal.viaEarlierMerge()).isTrue();
        assertThat(proposal.reason()).isEqualTo(Reason.SAME_PETITIONER_SAME_EMPLOYER);
    }

    @Test
    void mergesAreFollowedThroughChainsToAClosedTargetAndBeyondTheCandidates() {
        var root = new EarlierPetition(petition("root", "p1", CODE, NAME, TODAY.minusDays(90)), true, null);
        var middle = new EarlierPetition(petition("middle", "p1", CODE, NAME, TODAY.minusDays(60)), false, "root");
        var last = new EarlierPetition(petition("last", "p1", CODE, NAME, TODAY.minusDays(5)), false, "middle");
        var chained = rules.propose(today("p1", CODE, NAME), List.of(last, middle, root)).orElseThrow();
        assertThat(chained.duplicateOfId()).isEqualTo("root");
        assertThat(chained.reason()).isEqualTo(Reason.REPEAT_AFTER_CLOSURE);

        var intoUnknown = new EarlierPetition(petition("x", "p1", CODE, NAME, TODAY.minusDays(5)), false, "elsewhere");
        assertThat(rules.propose(today("p1", CODE, NAME), List.of(intoUnknown)).orElseThrow().duplicateOfId())
                .isEqualTo("elsewhere");

        var loopA = new EarlierPetition(petition("loop-a", "p1", CODE, NAME, TODAY.minusDays(5)), false, "loop-b");
        var loopB = new EarlierPetition(petition("loop-b", "p1", CODE, NAME, TODAY.minusDays(50)), false, "loop-a");
        assertThat(rules.propose(today("p1", CODE, NAME), List.of(loopA, loopB))).isPresent();
    }

    @Test
    void reasonsHaveStableCodesAndChineseLabels() {
        for (Reason reason : Reason.values()) {
            assertThat(reason.code()).isEqualTo(reason.name());
            assertThat(reason.label()).containsPattern("\\p{IsHan}");
        }
    }
}
