package cn.procuratorate.wages.common.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.wages.common.privacy.PhoneNumber.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "13812345678, 13812345678, MOBILE, 138****5678",
            "'138 1234 5678', 13812345678, MOBILE, 138****5678",
            "138-1234-5678, 13812345678, MOBILE, 138****5678",
            "+8613812345678, 13812345678, MOBILE, 138****5678",
            "'+86 138 1234 5678', 13812345678, MOBILE, 138****5678",
            "008613812345678, 13812345678, MOBILE, 138****5678",
            "8613812345678, 13812345678, MOBILE, 138****5678",
            "19912345678, 19912345678, MOBILE, 199****5678",
            "010-12345678, 01012345678, LANDLINE, 010****5678",
            "(021)87654321, 02187654321, LANDLINE, 021****4321",
            "'+86 10 1234 5678', 01012345678, LANDLINE, 010****5678",
            "0755-1234567, 07551234567, LANDLINE, 0755***4567",
            "0571-88881234, 057188881234, LANDLINE, 0571****1234"})
    void normalisesClassifiesAndMasks(String raw, String digits, Kind kind, String masked) {
        PhoneNumber phone = PhoneNumber.of(raw);
        assertThat(phone.value()).isEqualTo(digits);
        assertThat(phone.kind()).isEqualTo(kind);
        assertThat(phone.masked()).isEqualTo(masked);
        assertThat(phone).hasToString(masked);
        assertThat(PhoneNumber.mask(digits)).isEqualTo(masked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "1381234567", "138123456789", "12812345678", "23812345678", "86138123456",
            "010-1234567", "0755-123456", "+1 415 555 0100", "13812345678x", "phone"})
    void refusesWhatIsNoMainlandNumber(String raw) {
        assertThat(PhoneNumber.parse(raw)).isEmpty();
    }

    @Test
    void refusesWithoutEchoingTheInput() {
        assertThatThrownBy(() -> PhoneNumber.of("1381234567"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("1381234567");
        assertThat(PhoneNumber.parse(null)).isEmpty();
        assertThat(PhoneNumber.mask("1381234567")).isEqualTo("***");
    }
}
