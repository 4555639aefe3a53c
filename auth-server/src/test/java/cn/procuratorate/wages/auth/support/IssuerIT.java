package cn.procuratorate.wages.auth.support;

import cn.procuratorate.wages.testing.ServiceIT;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.ActiveProfiles;

/**
 * The issuer as local runs have it (dev profile: dev users and clients), on a random port. Its issuer URL
 * ({@code platform.security.issuer}, which platform-test sets to a test value) is not its own address, as behind the
 * gateway. Subclasses share one application context.
 */
@ActiveProfiles("dev")
public abstract class IssuerIT extends ServiceIT {

    /** The configured issuer: what discovery documents and every token's {@code iss} must say. */
    @Value("${platform.security.issuer}")
    protected String configuredIssuer;

    protected Issuer issuer() {
        return new Issuer("http://localhost:" + port);
    }
}
