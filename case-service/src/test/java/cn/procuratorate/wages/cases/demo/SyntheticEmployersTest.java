package cn.procuratorate.wages.cases.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.cases.casefile.Employer;
import cn.procuratorate.wages.cases.casefile.EmployerKind;
import cn.procuratorate.wages.cases.casefile.Project;
import cn.procuratorate.wages.cases.demo.SyntheticEmployers.Business;
import cn.procuratorate.wages.common.identifiers.IndustryCode;
import cn.procuratorate.wages.common.identifiers.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticEmployersTest {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    @Test
    void creditCodesHaveTheCheckCharactersOfGb32100AndGb11714() {
        SyntheticEmployers employers = employers(1);
        for (int i = 0; i < 2000; i++) {
            String code = employers.creditCode("91", "110105");
            assertThat(code).hasSize(18).startsWith("91110105");
            assertThat(code.charAt(17)).isEqualTo(gb32100Check(code));
            assertThat(code.charAt(16)).isEqualTo(gb11714Check(code.substring(8, 16)));
            assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
        }
    }

    @Test
    void employersAreNamedByTheirKindAndSomeComeBack() {
        SyntheticEmployers employers = employers(2);
        List<Business> businesses = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            businesses.add(employers.employerFor(i % 3 == 0 ? Regions.XUANWU : Regions.CHAOYANG));
        }
        Set<Employer> distinct = new HashSet<>();
        for (Business business : businesses) {
            Employer employer = business.employer();
            assertThat(IndustryCode.isValid(business.trade().industryCode())).isTrue();
            switch (employer.kind()) {
                case COMPANY -> assertThat(employer.name()).endsWith("有限公司").matches("(北京|南京).+");
                case INDIVIDUAL_BUSINESS -> assertThat(employer.creditCode()).startsWith("92");
                case UNLICENSED_CONTRACTOR -> {
                    assertThat(employer.name()).endsWith("某某（包工头）");
                    assertThat(business.trade().isConstruction()).isTrue();
                }
            }
            assertThat(employer.kind() == EmployerKind.UNLICENSED_CONTRACTOR || UnifiedSocialCreditCode.isValid(
                    employer.creditCode())).isTrue();
            distinct.add(employer);
        }
        assertThat(distinct).hasSizeBetween(200, 270);
    }

    @Test
    void constructionEmployersWorkOnProjectsOfAGeneralContractor() {
        SyntheticEmployers employers = employers(3);
        for (int i = 0; i < 200; i++) {
            Business business = employers.employerFor(Regions.CHAOYANG);
            Project project = employers.projectFor(business, Regions.CHAOYANG);
            if (business.trade().isConstruction()) {
                assertThat(project.name()).startsWith(business.region().name()).endsWith("工程");
                assertThat(project.generalContractorName()).startsWith("北京").endsWith("集团有限公司");
                assertThat(UnifiedSocialCreditCode.isValid(project.generalContractorCreditCode())).isTrue();
            } else {
                assertThat(project).isNull();
            }
        }
    }

    private static SyntheticEmployers employers(long seed) {
        Random random = new Random(seed);
        return new SyntheticEmployers(random, new SyntheticPeople(random, LocalDate.of(2026, 11, 26)));
    }

    /** DOMAIN.md: weights 3^(i-1) mod 31, check = alphabet[(31 - sum mod 31) mod 31]. */
    private static char gb32100Check(String code) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** GB 11714: weights 3 7 9 10 5 8 4 2, check = 11 - sum mod 11, 10 written X and 11 written 0. */
    private static char gb11714Check(String body) {
        int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }
}
