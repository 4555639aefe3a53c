package cn.procuratorate.wages.common.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.wages.common.privacy.ResidentIdNumber.Defect;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ResidentIdNumberTest {

    /** 04:00 on 1 January 2026 in Beijing, still 31 December 2025 in UTC. */
    static final Clock NEW_YEAR_IN_BEIJING = Clock.fixed(Instant.parse("2025-12-31T20:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = ResidentIdNumber.today(NEW_YEAR_IN_BEIJING);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(nullValues = "VALID", value = {
            // The two examples of the standard's users (DOMAIN.md), and others computed with the same weights.
            "11010519491231002X, VALID",
            "440524188001010014, VALID",
            "320102200001011238, VALID",
            "110105194802290013, VALID",           // 29 February of a leap year
            "110105202601010019, VALID",           // born today in Beijing (yesterday in UTC)
            "11010519491231002x, VALID",           // lower-case x is read as X
            "' 11010519491231002X ', VALID",       // surrounding blanks are ignored
            "110105194912310021, CHECK_CHARACTER",
            "11010519491231002Y, FORMAT",
            "1101051949123100, FORMAT",            // too short
            "11010519491231002X1, FORMAT",         // too long
            "1101051949123100X2, FORMAT",          // X only as the last character
            "'110105 19491231 002X', FORMAT",      // blanks inside are not a number
            "'', FORMAT",
            "110105194902290010, BIRTH_DATE",      // 1949 was no leap year
            "110105194913310013, BIRTH_DATE",      // month 13
            "110105179912310016, BIRTH_DATE",      // before 1800
            "110105209912310010, FUTURE_BIRTH_DATE",
            "11010520251231001X, VALID"})
    void checksFormatBirthDateAndCheckCharacter(String candidate, Defect expected) {
        assertThat(ResidentIdNumber.defectOf(ResidentIdNumber.normalise(candidate), TODAY))
                .isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void birthDatesAreJudgedOnTheCalendarDayInChina() {
        LocalDate utcToday = LocalDate.now(NEW_YEAR_IN_BEIJING);
        assertThat(utcToday).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(ResidentIdNumber.defectOf("110105202601010019", utcToday)).contains(Defect.FUTURE_BIRTH_DATE);
        assertThat(ResidentIdNumber.defectOf("110105202601010019", TODAY)).isEmpty();
    }

    @Test
    void aValidNumberIsNormalisedAndKnowsItsParts() {
        ResidentIdNumber number = ResidentIdNumber.of(" 11010519491231002x", TODAY);
        assertThat(number.value()).isEqualTo("11010519491231002X");
        assertThat(number.regionCode()).isEqualTo("110105");
        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(number).isEqualTo(ResidentIdNumber.of("11010519491231002X", TODAY));
    }

    @Test
    void masksAllButRegionAndLastFourAlsoInToString() {
        ResidentIdNumber number = ResidentIdNumber.of("11010519491231002X", TODAY);
        assertThat(number.masked()).isEqualTo("110105********002X");
        assertThat(number).hasToString("110105********002X");
        assertThat(ResidentIdNumber.mask("440524188001010014")).isEqualTo("440524********0014");
        assertThat(ResidentIdNumber.mask("123")).isEqualTo("******************");
        assertThat(ResidentIdNumber.mask(null)).isEqualTo("******************");
    }

    @Test
    void anInvalidNumberIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> ResidentIdNumber.of("110105194912310021", TODAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid resident ID number: CHECK_CHARACTER");
    }
}
