package cn.procuratorate.wages.common.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/** The constraints as a service runs them: Spring's validator and the request's locale. */
class IdentifierConstraintsTest {

    private static final LocalValidatorFactoryBean VALIDATOR = new LocalValidatorFactoryBean();

    record Employer(@CreditCode String creditCode, @CreditCode String otherCode, @CreditCode String thirdCode,
            @Industry String industry, @Industry String otherIndustry,
            @CreditCode(message = "own message") String withOwnMessage) {
    }

    @BeforeAll
    static void validator() {
        VALIDATOR.afterPropertiesSet();
    }

    @AfterAll
    static void close() {
        VALIDATOR.close();
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void validValuesAndAbsentOnesPass() {
        assertThat(violations(new Employer("91110108551385082Q", " 91110000600037341l ", null,
                "E4812", "g54", "91110108551385082Q"))).isEmpty();
        assertThat(violations(new Employer(null, null, null, null, null, null))).isEmpty();
    }

    @Test
    void eachDefectHasItsMessageInChineseByDefault() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(violations(new Employer("91110108551385082R", "9111010855138508IQ", "9111010855138508",
                "E4", "E54", "91110108551385082R"))).containsExactlyInAnyOrderEntriesOf(Map.of(
                "creditCode", "统一社会信用代码的校验码（第 18 位）不正确，请核对",
                "otherCode", "统一社会信用代码只能由数字和大写字母组成，且不含 I、O、S、V、Z",
                "thirdCode", "统一社会信用代码应为 18 位",
                "industry", "行业代码应为门类字母 A–T，或门类字母后接 2 至 4 位数字（如 E4812）",
                "otherIndustry", "行业代码中的大类不属于所写的门类",
                "withOwnMessage", "own message"));
    }

    @Test
    void messagesAreInEnglishWhenAsked() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        Map<String, String> messages = violations(new Employer("91110108551385082R", "9111010855138508IQ",
                "9111010855138508", "E4", "E54", null));
        assertThat(messages).containsExactlyInAnyOrderEntriesOf(Map.of(
                "creditCode", "the check character (18th) of this unified social credit code is wrong; check the code",
                "otherCode", "a unified social credit code has only digits and upper-case letters other than I, O, S, "
                        + "V and Z",
                "thirdCode", "a unified social credit code has 18 characters",
                "industry", "an industry code is a section letter A-T, alone or followed by 2 to 4 digits (e.g. E4812)",
                "otherIndustry", "the division of this industry code does not belong to its section"));
        assertThat(String.join(" ", messages.values())).doesNotContain("91110108551385082R");
    }

    private static Map<String, String> violations(Employer employer) {
        Set<ConstraintViolation<Employer>> violations = VALIDATOR.validate(employer);
        Map<String, String> messages = new TreeMap<>();
        violations.forEach(v -> messages.put(v.getPropertyPath().toString(), v.getMessage()));
        assertThat(messages).hasSameSizeAs(violations);
        return messages;
    }
}
