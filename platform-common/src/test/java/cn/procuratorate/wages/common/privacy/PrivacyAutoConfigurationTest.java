package cn.procuratorate.wages.common.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class PrivacyAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PrivacyAutoConfiguration.class));

    /** A bean of a service that stores personal data. */
    @Configuration(proxyBeanMethods = false)
    static class NeedsProtector {
        @Bean
        String petitionStoreLike(PersonalDataProtector protector) {
            return "uses " + protector.getClass().getSimpleName();
        }
    }

    @Test
    void aServiceThatStoresNoPersonalDataStartsWithoutKeysets() {
        runner.run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void aServiceThatStoresPersonalDataDoesNotStartWithoutKeysets() {
        runner.withUserConfiguration(NeedsProtector.class).run(context -> assertThat(context).getFailure()
                .rootCause().isInstanceOf(PrivacyConfigurationException.class)
                .hasMessageContaining("PRIVACY_AEAD_KEYSET").hasMessageContaining("PRIVACY_MAC_KEYSET"));
    }

    @Test
    void withKeysetsTheProtectorIsThere() throws Exception {
        runner.withUserConfiguration(NeedsProtector.class)
                .withPropertyValues(PrivacyKeysets.AEAD_PROPERTY + "=" + PrivacyKeysetsTest.json(PersonalDataProtectorTest.aead()),
                        PrivacyKeysets.MAC_PROPERTY + "=" + PrivacyKeysetsTest.json(PersonalDataProtectorTest.prf()))
                .run(context -> assertThat(context).hasSingleBean(PersonalDataProtector.class)
                        .getBean("petitionStoreLike").isEqualTo("uses PersonalDataProtector"));
    }

    @Test
    void withoutTinkThereIsNoProtectorAndNothingFails() {
        runner.withClassLoader(new FilteredClassLoader("com.google.crypto.tink"))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(PersonalDataProtector.class));
    }

    @Test
    void jsonParserErrorsNoLongerQuoteTheInput() {
        ErrorReportConfiguration before = ErrorReportConfiguration.defaults();
        try {
            runner.run(context -> {
                assertThat(context).hasNotFailed();
                assertThatThrownBy(() -> JsonMapper.builder().build().readValue("{\"a\":ID11010519491231002X}", Map.class))
                        .isInstanceOf(JacksonException.class)
                        .hasMessageContaining("Unrecognized token")
                        .hasMessageNotContaining("11010519491231002X");
            });
        } finally {
            ErrorReportConfiguration.overrideDefaultErrorReportConfiguration(before);
        }
    }

    @Test
    void servletServicesRedactQueryStrings() {
        new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(PrivacyAutoConfiguration.class))
                .run(context -> assertThat(context).getBean("personalDataQueryStringFilter", FilterRegistrationBean.class)
                        .extracting(FilterRegistrationBean::getFilter).isInstanceOf(RedactingQueryStringFilter.class));
        runner.run(context -> assertThat(context).doesNotHaveBean("personalDataQueryStringFilter"));
    }
}
