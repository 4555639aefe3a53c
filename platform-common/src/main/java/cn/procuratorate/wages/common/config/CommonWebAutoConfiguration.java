package cn.procuratorate.wages.common.config;

import cn.procuratorate.wages.common.problem.ProblemDetailsHandler;
import cn.procuratorate.wages.common.problem.ProblemResponder;
import cn.procuratorate.wages.common.remote.BearerTokenRelay;
import cn.procuratorate.wages.common.remote.FeignBreakerNames;
import cn.procuratorate.wages.common.remote.RequestIdRelay;
import cn.procuratorate.wages.common.remote.UnsentCallRetryer;
import cn.procuratorate.wages.common.web.RequestBodyLimitFilter;
import cn.procuratorate.wages.common.web.RequestIdFilter;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every webmvc service of the platform shares: problem details, the request id, and zh-CN as the language
 * of answers unless the caller asks for English.
 */
@AutoConfiguration(before = WebMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class CommonWebAutoConfiguration {

    static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;
    static final List<Locale> SUPPORTED_LOCALES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    /** Named like the DispatcherServlet's resolver so it replaces Boot's default (which falls back to the JVM locale). */
    @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(SUPPORTED_LOCALES);
        resolver.setDefaultLocale(DEFAULT_LOCALE);
        return resolver;
    }

    /** Deadlines and timestamps are computed from this clock, so tests can fix "today". */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    ProblemDetailsHandler problemDetailsHandler(MessageSource messageSource) {
        return new ProblemDetailsHandler(problemMessages(messageSource));
    }

    /** Problems of requests refused by a filter before any controller (security, body size). */
    @Bean
    ProblemResponder problemResponder(MessageSource messageSource, LocaleResolver localeResolver,
            JsonMapper jsonMapper) {
        return new ProblemResponder(problemMessages(messageSource), localeResolver, jsonMapper);
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(
            @Value("${platform.web.max-request-body:2MB}") DataSize limit, ProblemResponder problems) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter(limit, problems));
        // Right after the request id, so a refusal carries it, and before anything reads the body.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** Problem texts of the platform first, then the service's own messages for its domain errors. */
    private static MessageSource problemMessages(MessageSource parent) {
        ResourceBundleMessageSource problemMessages = new ResourceBundleMessageSource();
        problemMessages.setBasenames("problem-messages");
        problemMessages.setDefaultEncoding("UTF-8");
        problemMessages.setFallbackToSystemLocale(false);
        problemMessages.setParentMessageSource(parent);
        return problemMessages;
    }

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "feign.RequestInterceptor")
    static class FeignSupport {

        @Bean
        RequestIdRelay requestIdRelay() {
            return new RequestIdRelay();
        }

        @Bean
        FeignBreakerNames feignBreakerNames() {
            return new FeignBreakerNames();
        }

        /** Replaces Spring Cloud OpenFeign's "never retry" for every client: see {@link UnsentCallRetryer}. */
        @Bean
        @ConditionalOnMissingBean(feign.Retryer.class)
        UnsentCallRetryer unsentCallRetryer() {
            return new UnsentCallRetryer();
        }

        @Bean
        @ConditionalOnClass(name = "org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken")
        BearerTokenRelay bearerTokenRelay() {
            return new BearerTokenRelay();
        }
    }
}
