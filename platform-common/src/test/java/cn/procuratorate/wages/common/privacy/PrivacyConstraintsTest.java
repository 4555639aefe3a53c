package cn.procuratorate.wages.common.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/** The constraints as a service runs them: Spring's validator, the request's locale, the validation clock. */
class PrivacyConstraintsTest {

    private static final LocalValidatorFactoryBean VALIDATOR = new LocalValidatorFactoryBean();

    record Petitioner(@ResidentId PersonalText residentId, @Phone PersonalText phone,
            @ResidentId String residentIdText, @Phone(mobileOnly = true) String mobile,
            @ResidentId(message = "own message") String withOwnMessage) {
    }

    @BeforeAll
    static void validator() {
        VALIDATOR.setConfigurationInitializer(
                configuration -> configuration.clockProvider(() -> ResidentIdNumberTest.NEW_YEAR_IN_BEIJING));
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
        assertThat(violations(new Petitioner(PersonalText.of("11010519491231002x"), PersonalText.of("+86 138 1234 5678"),
                "440524188001010014", "13812345678", "110105202601010019"))).isEmpty();
        assertThat(violations(new Petitioner(null, null, null, null, null))).isEmpty();
    }

    @Test
    void eachDefectHasItsMessageInChineseByDefault() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        Map<String, String> messages = violations(new Petitioner(PersonalText.of("110105194912310021"),
                PersonalText.of("1381234567"), "110105209912310010", "010-12345678", "11010519491231002Y"));
        assertThat(messages).containsExactlyInAnyOrderEntriesOf(Map.of(
                "residentId", "居民身份证号码的校验码不正确，请核对",
                "phone", "不是有效的电话号码（11 位手机号码，或区号加固定电话号码）",
                "residentIdText", "居民身份证号码中的出生日期晚于今天",
                "mobile", "不是有效的电话号码（11 位手机号码，或区号加固定电话号码）",
                "withOwnMessage", "own message"));
    }

    @Test
    void messagesAreInEnglishWhenAskedAndNeverQuoteTheValue() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        Map<String, String> messages = violations(new Petitioner(PersonalText.of("11010519491231002Y"),
                PersonalText.of("1381234567"), "110105194902290010", null, null));
        assertThat(messages).containsExactlyInAnyOrderEntriesOf(Map.of(
                "residentId", "a resident ID number has 18 characters: 17 digits and a check character (digit or X)",
                "phone", "is not a valid phone number (an 11-digit mobile number, or a landline with its area code)",
                "residentIdText", "the birth date in this resident ID number is not a real date"));
        assertThat(String.join(" ", messages.values())).doesNotContain("1101051949", "1381234567");
    }

    private static Map<String, String> violations(Petitioner petitioner) {
        Set<ConstraintViolation<Petitioner>> violations = VALIDATOR.validate(petitioner);
        Map<String, String> messages = new TreeMap<>();
        violations.forEach(v -> messages.put(v.getPropertyPath().toString(), v.getMessage()));
        assertThat(messages).hasSameSizeAs(List.copyOf(violations));
        return messages;
    }
}
