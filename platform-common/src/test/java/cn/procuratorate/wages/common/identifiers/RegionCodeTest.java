package cn.procuratorate.wages.common.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionCodeTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "210102, true",
            "210000, true",
            "500000, true",       // Chongqing, a province-level city since 1997
            "820000, true",
            "' 410105 ', true",   // surrounding blanks ignored
            "110199, true",       // unknown county of a known province: kept (retired codes)
            "21010, false",       // 5 digits
            "2101021, false",     // 7 digits
            "21O102, false",      // a letter O
            "'', false",
            "000000, false",      // no province 00
            "990000, false",
            "160000, false",      // gap in the province codes
            "720000, false"})
    void checksSixDigitsOfAKnownProvince(String candidate, boolean valid) {
        assertThat(RegionCode.isValid(candidate)).isEqualTo(valid);
        assertThat(RegionCode.parse(candidate).isPresent()).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "210102, 21, 210000, 辽宁省, false",
            "520000, 52, 520000, 贵州省, true",
            "410105, 41, 410000, 河南省, false",
            "500103, 50, 500000, 重庆市, false"})
    void knowsItsProvince(String raw, String provinceCode, String province, String name, boolean isProvince) {
        RegionCode code = RegionCode.of(raw);
        assertThat(code.provinceCode()).isEqualTo(provinceCode);
        assertThat(code.province()).isEqualTo(RegionCode.of(province));
        assertThat(code.province().value()).isEqualTo(province);
        assertThat(code.provinceName()).isEqualTo(name);
        assertThat(code.isProvince()).isEqualTo(isProvince);
        assertThat(RegionCode.provinceName(provinceCode)).contains(name);
    }

    @Test
    void provinceCodesAreTheThirtyFourOfGbT2260() {
        long count = java.util.stream.IntStream.range(0, 100)
                .mapToObj(i -> String.format("%02d", i)).filter(RegionCode::isValidProvinceCode).count();
        assertThat(count).isEqualTo(34);
        assertThat(RegionCode.isValidProvinceCode(null)).isFalse();
        assertThat(RegionCode.provinceName("99")).isEmpty();
    }

    @Test
    void anInvalidCodeIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> RegionCode.of("2101"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid administrative division code (GB/T 2260): expected 6 digits");
        assertThatThrownBy(() -> RegionCode.of("990000"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid administrative division code (GB/T 2260): 99 is not a province-level code");
        assertThatThrownBy(() -> RegionCode.of(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
