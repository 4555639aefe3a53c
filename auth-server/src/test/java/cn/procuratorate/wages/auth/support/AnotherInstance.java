package cn.procuratorate.wages.auth.support;

import cn.procuratorate.wages.auth.AuthServerApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * A second auth-server in the test JVM, on its own random port and the same database as the test's context: a
 * restart, or another instance behind the gateway.
 */
public final class AnotherInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private AnotherInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Started with the dev profile and the same database and issuer as {@code first}; {@code args} add to that. */
    public static AnotherInstance startLike(Environment first, String... args) {
        List<String> all = new ArrayList<>(List.of(
                // Command-line arguments: above application.yml, as the environment would be in a real start.
                "--server.port=0",
                "--eureka.client.enabled=false",
                "--spring.profiles.active=dev",
                "--spring.mongodb.uri=" + first.getRequiredProperty("spring.mongodb.uri"),
                "--spring.mongodb.database=" + first.getRequiredProperty("spring.mongodb.database"),
                "--platform.security.issuer=" + first.getRequiredProperty("platform.security.issuer")));
        all.addAll(List.of(args));
        return new AnotherInstance(new SpringApplicationBuilder(AuthServerApplication.class)
                .run(all.toArray(String[]::new)));
    }

    public Issuer issuer() {
        return new Issuer("http://localhost:" + context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    @Override
    public void close() {
        context.close();
    }
}
