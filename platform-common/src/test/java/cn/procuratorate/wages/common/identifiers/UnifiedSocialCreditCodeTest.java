package cn.procuratorate.wages.common.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.wages.common.identifiers.UnifiedSocialCreditCode.Defect;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(nullValues = "VALID", value = {
            // The examples of DOMAIN.md, and codes whose check character was computed with the standard's weights.
            "91110108551385082Q, VALID",
            "91110000600037341L, VALID",
            "12100000400000624D, VALID",
            "5311000050000124XM, VALID",
            "91310000MA1FL1234Q, VALID",
            "Y1440300MA5DABCDE6, VALID",
            "000000000000000000, VALID",          // sum 0: check (31 - 0) mod 31 = 0
            "91110108551385082q, VALID",          // lower case read as upper case
            "' 91110108551385082Q ', VALID",      // surrounding blanks ignored
            "91110108551385082R, CHECK_CHARACTER",
            "91110108551385082P, CHECK_CHARACTER",
            "91110108551385083Q, CHECK_CHARACTER", // a typo in the body
            "91110108551358082Q, CHECK_CHARACTER", // two digits swapped
            "91110108551385082, LENGTH",           // 17
            "91110108551385082QQ, LENGTH",         // 19
            "'', LENGTH",
            "'9111010855138 5082Q', LENGTH",       // a blank inside is no character of the code
            "9111010855138508IQ, CHARACTER",
            "9111010855138508OQ, CHARACTER",
            "9111010855138508SQ, CHARACTER",
            "9111010855138508VQ, CHARACTER",
            "9111010855138508ZQ, CHARACTER",
            "91110108551385082I, CHARACTER",       // also as the check character
            "9111010855138508-Q, CHARACTER",
            "9111010855138508１Q, CHARACTER"})     // a full-width digit
    void checksLengthAlphabetAndCheckCharacter(String candidate, Defect expected) {
        assertThat(UnifiedSocialCreditCode.defectOf(UnifiedSocialCreditCode.normalise(candidate)))
                .isEqualTo(Optional.ofNullable(expected));
        assertThat(UnifiedSocialCreditCode.isValid(candidate)).isEqualTo(expected == null);
    }

    @Test
    void nullIsNotACode() {
        assertThat(UnifiedSocialCreditCode.isValid(null)).isFalse();
        assertThat(UnifiedSocialCreditCode.defectOf(null)).contains(Defect.LENGTH);
        assertThatThrownBy(() -> UnifiedSocialCreditCode.of(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aValidCodeIsNormalisedAndKnowsItsParts() {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.of(" 91110108551385082q\t");
        assertThat(code.value()).isEqualTo("91110108551385082Q");
        assertThat(code).hasToString("91110108551385082Q");
        assertThat(code.registrationAuthority()).isEqualTo('9');
        assertThat(code.organisationKind()).isEqualTo('1');
        assertThat(code.registrationRegion()).isEqualTo("110108");
        assertThat(code.organisationCode()).isEqualTo("551385082");
        assertThat(code).isEqualTo(UnifiedSocialCreditCode.of("91110108551385082Q"))
                .hasSameHashCodeAs(UnifiedSocialCreditCode.of("91110108551385082Q"));
        assertThat(UnifiedSocialCreditCode.parse("91110108551385082q")).contains(code);
        assertThat(UnifiedSocialCreditCode.parse("91110108551385082R")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "91110108551385082R, 'Invalid unified social credit code: the check character (18th) is wrong'",
            "9111010855138508IQ, 'Invalid unified social credit code: only digits and the letters "
                    + "ABCDEFGHJKLMNPQRTUWXY may occur (no I, O, S, V, Z)'",
            "123, 'Invalid unified social credit code: it must have 18 characters'"})
    void anInvalidCodeIsRefusedWithAClearMessage(String candidate, String message) {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.of(candidate))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91110108551385082", "91110000600037341", "12100000400000624"})
    void computesTheCheckCharacterOfTheFirstSeventeen(String body) {
        char check = UnifiedSocialCreditCode.checkCharacter(body);
        assertThat(UnifiedSocialCreditCode.isValid(body + check)).isTrue();
        assertThat(UnifiedSocialCreditCode.ALPHABET.chars().filter(c -> c != check)
                .noneMatch(other -> UnifiedSocialCreditCode.isValid(body + (char) other))).isTrue();
    }

    @Test
    void theAlphabetHasThirtyOneCharactersWithoutIOSVZ() {
        assertThat(UnifiedSocialCreditCode.ALPHABET).hasSize(31).doesNotContain("I", "O", "S", "V", "Z");
    }
}
