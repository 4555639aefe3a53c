package cn.procuratorate.wages.common.privacy;

import java.util.Set;
import tools.jackson.core.ErrorReportConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Personal data protection: the {@link PersonalDataProtector} (with Tink on the classpath); and, in every service,
 * keeping personal data out of the framework's log lines: query strings redacted, JSON parser errors without the
 * input they could not parse.
 */
@AutoConfiguration
public class PrivacyAutoConfiguration {

    /**
     * Lazy: a service that has Tink but stores no personal data starts without keysets; a service whose beans need
     * the protector creates it while starting, and fails to start when the keysets are missing. A service with
     * KMS-wrapped keysets defines its own {@link PersonalDataProtector} bean instead (see README.md here).
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "com.google.crypto.tink.Aead")
    static class Protection {

        @Bean
        @Lazy
        @ConditionalOnMissingBean
        PersonalDataProtector personalDataProtector(Environment environment) {
            return PrivacyKeysets.protector(environment.getProperty(PrivacyKeysets.AEAD_PROPERTY),
                    environment.getProperty(PrivacyKeysets.MAC_PROPERTY),
                    environment.acceptsProfiles(Profiles.of("dev")));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "tools.jackson.core.ErrorReportConfiguration")
    static class ParserErrors {

        /**
         * Jackson quotes the token it could not parse ("Unrecognized token 'ID110105…'"), and Spring prints that
         * message in the debug line of every request it refuses as unreadable. Set as Jackson's default, for every
         * parser: a post-processor of the bean factory runs before any bean builds a JsonMapper, which reads it.
         */
        @Bean
        static BeanFactoryPostProcessor jacksonParserErrorsWithoutInput() {
            return beanFactory -> ErrorReportConfiguration.overrideDefaultErrorReportConfiguration(
                    ErrorReportConfiguration.defaults().rebuild()
                            .maxErrorTokenLength(0).maxRawContentLength(0).build());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class QueryStrings {

        /** Before the security chain and the DispatcherServlet, whose debug lines print the query string. */
        @Bean
        FilterRegistrationBean<RedactingQueryStringFilter> personalDataQueryStringFilter(
                @Value("${platform.privacy.query-parameters:residentId,phone}") Set<String> personalParameters) {
            FilterRegistrationBean<RedactingQueryStringFilter> registration =
                    new FilterRegistrationBean<>(new RedactingQueryStringFilter(personalParameters));
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
            return registration;
        }
    }
}
