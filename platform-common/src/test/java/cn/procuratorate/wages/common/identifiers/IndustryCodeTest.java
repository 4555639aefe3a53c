package cn.procuratorate.wages.common.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.wages.common.identifiers.IndustryCode.Defect;
import cn.procuratorate.wages.common.identifiers.IndustryCode.Level;
import cn.procuratorate.wages.common.identifiers.IndustrySupervision.Rule;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndustryCodeTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(nullValues = "VALID", value = {
            "E, VALID",
            "E47, VALID",
            "E481, VALID",
            "E4812, VALID",
            "G54, VALID",
            "A01, VALID",                      // first division of the standard
            "T97, VALID",                      // last division of the standard
            "e4812, VALID",                    // lower case read as upper case
            "' E48 ', VALID",
            // Section boundaries: the first and last division of E, and their neighbours in D and F.
            "E46, DIVISION_OUTSIDE_SECTION",
            "D46, VALID",
            "E50, VALID",
            "E51, DIVISION_OUTSIDE_SECTION",
            "F51, VALID",
            "E54, DIVISION_OUTSIDE_SECTION",
            "A00, DIVISION_OUTSIDE_SECTION",
            "T98, DIVISION_OUTSIDE_SECTION",
            "C4301, VALID",
            "C4401, DIVISION_OUTSIDE_SECTION",
            "E4, FORMAT",                      // one digit is no level of the standard
            "E48121, FORMAT",                  // five digits
            "U, FORMAT",                       // no section U
            "4812, FORMAT",                    // the section letter is required
            "EE48, FORMAT",
            "'E 48', FORMAT",
            "'', FORMAT"})
    void checksShapeAndDivisionOfTheSection(String candidate, Defect expected) {
        assertThat(IndustryCode.defectOf(IndustryCode.normalise(candidate))).isEqualTo(Optional.ofNullable(expected));
        assertThat(IndustryCode.isValid(candidate)).isEqualTo(expected == null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "E,     E, '',   '',    '',   SECTION",
            "E48,   E, 48,   '',    '',   DIVISION",
            "E481,  E, 48,   481,   '',   GROUP",
            "E4812, E, 48,   481,   4812, CLASS",
            "g54,   G, 54,   '',    '',   DIVISION"})
    void knowsItsParts(String raw, String section, String division, String group, String industryClass, Level level) {
        IndustryCode code = IndustryCode.of(raw);
        assertThat(code.section()).isEqualTo(section);
        assertThat(code.division()).isEqualTo(division);
        assertThat(code.group()).isEqualTo(group);
        assertThat(code.industryClass()).isEqualTo(industryClass);
        assertThat(code.level()).isEqualTo(level);
    }

    /**
     * DOMAIN.md "Industry → supervising department" with GB/T 4754-2017 codes, at every boundary of the table: the
     * sections around E, the divisions 47–50, the groups 481/482 and the classes 4819/4821/4822/4823.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "D46,   HUMAN_RESOURCES_SOCIAL_SECURITY",
            "E,     HOUSING_CONSTRUCTION",         // only the section: construction in general
            "E47,   HOUSING_CONSTRUCTION",         // 房屋建筑业
            "E4710, HOUSING_CONSTRUCTION",
            "E48,   HOUSING_CONSTRUCTION",         // 土木工程建筑业 without more detail
            "E481,  TRANSPORT",                    // 铁路、道路、隧道和桥梁工程建筑
            "E4811, TRANSPORT",                    // 铁路工程建筑
            "E4812, TRANSPORT",                    // 公路工程建筑
            "E4819, TRANSPORT",                    // 其他道路、隧道和桥梁工程建筑
            "E482,  HOUSING_CONSTRUCTION",         // 水利和水运工程建筑: water or waterway, undecided
            "E4821, WATER_RESOURCES",              // 水源及供水设施工程建筑
            "E4822, WATER_RESOURCES",              // 河湖治理及防洪设施工程建筑
            "E4823, TRANSPORT",                    // 港口及航运设施工程建筑
            "E483,  HOUSING_CONSTRUCTION",         // 海洋工程建筑
            "E4851, HOUSING_CONSTRUCTION",
            "E49,   HOUSING_CONSTRUCTION",         // 建筑安装业
            "E50,   HOUSING_CONSTRUCTION",         // 建筑装饰、装修和其他建筑业
            "F51,   HUMAN_RESOURCES_SOCIAL_SECURITY",
            "G54,   HUMAN_RESOURCES_SOCIAL_SECURITY", // road transport (operating), not road works
            "N76,   HUMAN_RESOURCES_SOCIAL_SECURITY", // water management (operating), not water works
            "C13,   HUMAN_RESOURCES_SOCIAL_SECURITY"})
    void mapsIndustriesToTheirSupervisingDepartment(String code, SupervisingDepartment expected) {
        assertThat(IndustryCode.of(code).supervisingDepartment()).isEqualTo(expected);
    }

    @Test
    void theSupervisionTableCanBeReplaced() {
        IndustrySupervision local = new IndustrySupervision(List.of(
                Rule.of("E", SupervisingDepartment.HOUSING_CONSTRUCTION),
                Rule.of("E481", SupervisingDepartment.TRANSPORT),
                Rule.of("E4813", SupervisingDepartment.HOUSING_CONSTRUCTION)),
                SupervisingDepartment.HUMAN_RESOURCES_SOCIAL_SECURITY);
        assertThat(local.departmentOf(IndustryCode.of("E4813"))).isEqualTo(SupervisingDepartment.HOUSING_CONSTRUCTION);
        assertThat(local.departmentOf(IndustryCode.of("E4812"))).isEqualTo(SupervisingDepartment.TRANSPORT);
        assertThat(local.departmentOf(IndustryCode.of("E4821"))).isEqualTo(SupervisingDepartment.HOUSING_CONSTRUCTION);
        assertThat(local.rules()).extracting(rule -> rule.prefix().value()).startsWith("E4813");
        assertThatThrownBy(() -> new IndustrySupervision(List.of(
                Rule.of("E", SupervisingDepartment.HOUSING_CONSTRUCTION),
                Rule.of("e", SupervisingDepartment.TRANSPORT)), SupervisingDepartment.HUMAN_RESOURCES_SOCIAL_SECURITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("E");
        assertThatThrownBy(() -> Rule.of("E4", SupervisingDepartment.TRANSPORT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anInvalidCodeIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> IndustryCode.of("E54"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid industry code (GB/T 4754-2017): division 54 does not belong to section E");
        assertThatThrownBy(() -> IndustryCode.of("E4"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid industry code (GB/T 4754-2017): expected a section letter");
        assertThatThrownBy(() -> IndustryCode.of(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalityAndContainment() {
        assertThat(IndustryCode.of("e4812")).isEqualTo(IndustryCode.of("E4812")).hasToString("E4812");
        assertThat(IndustryCode.of("E4812").isWithin(IndustryCode.of("E48"))).isTrue();
        assertThat(IndustryCode.of("E4812").isWithin(IndustryCode.of("E482"))).isFalse();
        assertThat(IndustryCode.parse("E54")).isEmpty();
    }
}
