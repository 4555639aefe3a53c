package cn.procuratorate.wages.common.audit;

import cn.procuratorate.wages.common.config.CommonWebAutoConfiguration;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The audit trail of every webmvc service with a database: each write to {@code /api/**} is recorded in the
 * service's own database, and with {@code platform.audit.path} set its supervisors read it there.
 * {@code platform.audit.enabled=false} switches it off.
 */
@AutoConfiguration(after = {DataMongoAutoConfiguration.class, CommonWebAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(value = MongoTemplate.class,
        name = "org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken")
@ConditionalOnBean(MongoTemplate.class)
@ConditionalOnProperty(name = "platform.audit.enabled", matchIfMissing = true)
public class AuditAutoConfiguration {

    static final String PATH_PROPERTY = "platform.audit.path";

    /** After the request id (it is recorded) and before Spring Security (its refusals are recorded too). */
    static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    AuditLog auditLog(MongoTemplate mongo) {
        return new AuditLog(mongo);
    }

    /** Closed before the database client (it depends on it), so pending entries are written at shutdown. */
    @Bean(destroyMethod = "close")
    AuditTrail auditTrail(AuditLog auditLog, Clock clock) {
        return new AuditTrail(auditLog, clock);
    }

    @Bean
    FilterRegistrationBean<AuditFilter> auditFilter(AuditTrail auditTrail, Clock clock, BeanFactory beans) {
        FilterRegistrationBean<AuditFilter> registration = new FilterRegistrationBean<>(new AuditFilter(auditTrail,
                clock, () -> beans.getBean("requestMappingHandlerMapping", HandlerMapping.class)));
        registration.setOrder(FILTER_ORDER);
        return registration;
    }

    @Bean
    @ConditionalOnProperty(PATH_PROPERTY)
    AuditController auditController(AuditLog auditLog, @Value("${" + PATH_PROPERTY + "}") String path) {
        // Outside /api/** the gateway would not route it and the resource server would not ask for a token.
        if (!path.startsWith(AuditFilter.API_PREFIX)) {
            throw new IllegalStateException(PATH_PROPERTY + " must be under " + AuditFilter.API_PREFIX + ": " + path);
        }
        return new AuditController(auditLog);
    }

    /** {@code platform_audit_failures_total}: entries lost (database down, queue full), for an alert. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.micrometer.core.instrument.binder.MeterBinder")
    static class Metrics {

        @Bean
        MeterBinder auditFailuresMetric(AuditTrail auditTrail) {
            return registry -> FunctionCounter.builder("platform.audit.failures", auditTrail, AuditTrail::failures)
                    .description("Audit entries that could not be written").register(registry);
        }
    }
}
