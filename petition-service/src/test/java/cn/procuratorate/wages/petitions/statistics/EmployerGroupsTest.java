package cn.procuratorate.wages.petitions.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.common.identifiers.UnifiedSocialCreditCode;
import cn.procuratorate.wages.petitions.statistics.EmployerGroups.Employer;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EmployerGroupsTest {

    private static final String CODE = code("91110105MA01AAA00");
    private static final String OTHER_CODE = code("91110105MA01BBB00");
    private static final Instant MONDAY = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void theSameCreditCodeIsOneEmployerNamedAsItsLatestPetitionNamesIt() {
        List<Employer> employers = EmployerGroups.of(List.of(
                group(CODE, "新名建筑公司", 3, "650102"),
                group(CODE, "旧名建筑公司", 1, "650104")));

        assertThat(employers).hasSize(1);
        Employer employer = employers.get(0);
        assertThat(employer.key()).isEqualTo(CODE);
        assertThat(employer.figures().name()).isEqualTo("新名建筑公司");
        assertThat(employer.figures().creditCode()).isEqualTo(CODE);
        assertThat(employer.figures().figures().petitions()).isEqualTo(2);
        assertThat(employer.figures().firstReceivedAt()).isEqualTo(MONDAY.plusSeconds(86_400));
        assertThat(employer.figures().lastReceivedAt()).isEqualTo(MONDAY.plusSeconds(3 * 86_400));
        assertThat(employer.figures().regions()).containsExactlyInAnyOrder("650102", "650104");
    }

    @Test
    void aNameWithoutCodeJoinsTheOnlyCodeItIsKnownUnder() {
        List<Employer> employers = EmployerGroups.of(List.of(
                group(CODE, "新名建筑公司", 1, "650102"),
                group(null, "新名 建筑公司", 2, "650102"),
                group(null, "ＸＹＺ劳务", 3, "650102"),
                group(null, "xyz 劳务", 4, "650102")));

        assertThat(employers).extracting(Employer::key).containsExactly(CODE, "xyz劳务");
        assertThat(employers.get(0).figures().figures().petitions()).isEqualTo(2);
        // The name as the latest petition wrote it, not normalised.
        assertThat(employers.get(0).figures().name()).isEqualTo("新名 建筑公司");
        assertThat(employers.get(1).figures().name()).isEqualTo("xyz 劳务");
        assertThat(employers.get(1).figures().creditCode()).isNull();
    }

    @Test
    void aNameOfTwoCompaniesIsNotGuessedAndStaysAnEmployerOfItsOwn() {
        List<Employer> employers = EmployerGroups.of(List.of(
                group(CODE, "宏达公司", 1, "650102"),
                group(OTHER_CODE, "宏达公司", 2, "650102"),
                group(null, "宏达公司", 3, "650102")));

        assertThat(employers).extracting(Employer::key).containsExactly(CODE, OTHER_CODE, "宏达公司");
    }

    @Test
    void aCodeFailingItsCheckIsAnEmployerByNameAndNoEmployerAtAllHasANullKey() {
        String wrong = CODE.substring(0, 17) + (CODE.charAt(17) == '0' ? '1' : '0');
        List<Employer> employers = EmployerGroups.of(List.of(
                group(wrong, "某公司", 1, "650102"),
                group(null, null, 2, "650102"),
                group(null, "  ", 3, "650104")));

        assertThat(employers).extracting(Employer::key).containsExactly(null, "某公司");
        assertThat(employers.get(0).figures().figures().petitions()).isEqualTo(2);
        assertThat(employers.get(0).figures().regions()).containsExactlyInAnyOrder("650102", "650104");
        assertThat(employers.get(1).figures().creditCode()).isNull();
    }

    @Test
    void amountsAddUpInFen() {
        List<Employer> employers = EmployerGroups.of(List.of(group(CODE, "某公司", 1, "650102"),
                group(CODE, "某公司", 2, "650102"), group(null, "某公司", 3, "650102")));

        assertThat(employers.get(0).figures().figures().amountClaimed()).isEqualByComparingTo("0.30");
    }

    /** One petition's group, received {@code day} days after {@link #MONDAY}, claiming 0.10 yuan. */
    private static EmployerFigures group(String creditCode, String name, int day, String region) {
        Instant at = MONDAY.plusSeconds(day * 86_400L);
        return new EmployerFigures(creditCode, name, at, at, Set.of("650000"), Set.of(region), Set.of("E4710"),
                new Figures(1, 1, 10, 1, 0, 0));
    }

    private static String code(String first17) {
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }
}
