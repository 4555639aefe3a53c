package cn.procuratorate.wages.petitions.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.petitions.rules.EmployerKey.Match;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmployerKeyTest {

    static final String CODE = "91110108551385082Q";
    static final String OTHER_CODE = "91110000600037341L";

    @ParameterizedTest(name = "''{0}'' is ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "北京某建筑工程有限公司|北京某建筑工程有限公司",
        "  北京某建筑工程 有限公司 |北京某建筑工程有限公司",
        "北京某建筑工程有限公司\u3000|北京某建筑工程有限公司",
        "北京某\u00a0建筑工程有限公司|北京某建筑工程有限公司",
        "ＡＢＣ建筑劳务有限公司|abc建筑劳务有限公司",
        "Abc 建筑劳务有限公司|abc建筑劳务有限公司",
        "北京某（集团）有限公司|北京某(集团)有限公司",
        "北京某建筑工程有限责任公司|北京某建筑工程有限责任公司",
        "张三１２３|张三123"})
    void namesAreNormalisedForComparison(String raw, String normalised) {
        assertThat(EmployerKey.normaliseName(raw)).isEqualTo(normalised);
    }

    @ParameterizedTest
    @CsvSource({"''", "'   '", "'\u3000'"})
    void aBlankNameIsNoName(String raw) {
        assertThat(EmployerKey.normaliseName(raw)).isNull();
        assertThat(EmployerKey.normaliseName(null)).isNull();
    }

    @ParameterizedTest(name = "''{0}'' ~ ''{1}'': {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        // names only
        "NULL|北京某建筑工程有限公司|NULL|北京某建筑工程 有限公司|NAME",
        "NULL|ＡＢＣ建筑劳务有限公司|NULL|abc建筑劳务有限公司|NAME",
        "NULL|北京某建筑工程有限公司|NULL|北京某建筑工程有限责任公司|NONE",
        "NULL|北京某建筑工程有限公司|NULL|北京某建筑有限公司|NONE",
        // both codes: the code decides, not the name
        "91110108551385082Q|北京某建筑工程有限公司|91110108551385082Q|某公司（曾用名）|CREDIT_CODE",
        "91110108551385082Q|北京某建筑工程有限公司|91110000600037341L|北京某建筑工程有限公司|NONE",
        "91110108551385082Q|甲|９１１１０１０８５５１３８５０８２Ｑ|乙|CREDIT_CODE",
        "91110108551385082Q|甲| 91110108551385082q |乙|CREDIT_CODE",
        // one code only: the name decides
        "91110108551385082Q|北京某建筑工程有限公司|NULL|北京某建筑工程有限公司|NAME",
        "NULL|北京某建筑工程有限公司|91110000600037341L|北京某建筑工程有限公司|NAME",
        "91110108551385082Q|北京某建筑工程有限公司|NULL|别的公司|NONE",
        // an invalid code (check character wrong) is ignored
        "91110108551385082A|北京某建筑工程有限公司|91110000600037341L|北京某建筑工程有限公司|NAME",
        // nothing to go on
        "NULL|NULL|NULL|NULL|NONE",
        "NULL|NULL|NULL|北京某建筑工程有限公司|NONE"})
    void employersMatchByCodeWhenBothHaveOneElseByName(String code1, String name1, String code2, String name2,
            String expected) {
        EmployerKey one = EmployerKey.of(code1, name1);
        EmployerKey two = EmployerKey.of(code2, name2);
        String actual = one.match(two).map(Match::name).orElse("NONE");
        assertThat(actual).isEqualTo(expected);
        assertThat(two.match(one).map(Match::name).orElse("NONE")).as("symmetric").isEqualTo(expected);
    }

    @Test
    void theKeyIsTheCreditCodeElseAHashOfTheName() {
        assertThat(EmployerKey.of(" ９１１１０１０８５５１３８５０８２ｑ ", "甲").key()).contains("credit:" + CODE);
        String byName = EmployerKey.of(null, "ＡＢＣ建筑劳务有限公司").key().orElseThrow();
        assertThat(byName).startsWith("name:").hasSize("name:".length() + 64).doesNotContain("abc");
        assertThat(EmployerKey.of("not a code", "abc 建筑劳务有限公司").key()).contains(byName);
        assertThat(EmployerKey.of(null, "别的公司").key()).isNotEqualTo(EmployerKey.of(null, "ＡＢＣ建筑劳务有限公司").key());
        assertThat(EmployerKey.of(null, " ").key()).isEmpty();
        assertThat(EmployerKey.of(null, null).isKnown()).isFalse();
    }

    @Test
    void itsTextShowsTheKeyNotTheName() {
        assertThat(EmployerKey.of(null, "张三").toString()).doesNotContain("张三").startsWith("EmployerKey[name:");
        assertThat(EmployerKey.of(OTHER_CODE, "张三")).isEqualTo(EmployerKey.of(OTHER_CODE.toLowerCase(), "张三 "));
    }
}
