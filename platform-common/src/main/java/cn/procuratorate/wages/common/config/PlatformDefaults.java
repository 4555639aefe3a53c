package cn.procuratorate.wages.common.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds the platform's shared service defaults ({@code platform-defaults.properties}, plus
 * {@code platform-defaults-dev.properties} under the {@code dev} profile) with the lowest precedence, so that the
 * three services agree on actuator, Eureka, Feign and breaker settings and any of them can still override one.
 * Servlet (webmvc) applications only: the gateway uses this library for its problem vocabulary, not its defaults.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String DEFAULTS = "platform-defaults.properties";
    static final String DEV_DEFAULTS = "platform-defaults-dev.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (application.getWebApplicationType() != WebApplicationType.SERVLET) {
            return;
        }
        if (Arrays.asList(environment.getActiveProfiles()).contains("dev")) {
            environment.getPropertySources().addLast(load(DEV_DEFAULTS));
        }
        environment.getPropertySources().addLast(load(DEFAULTS));
    }

    private static PropertySource<?> load(String name) {
        try {
            return new ResourcePropertySource("platform-defaults:" + name, new ClassPathResource(name));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }
}
