package cn.procuratorate.wages.auth.keys;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

@Configuration(proxyBeanMethods = false)
class KeyEncryptionConfiguration {

    /**
     * Read from the environment rather than bound to a properties record, whose {@code toString()} would print the
     * keyset. Without it the issuer does not start: it could neither open its keys nor seal new ones.
     */
    @Bean
    KeyEncryptionKeys keyEncryptionKeys(Environment environment) {
        return KeyEncryptionKeys.fromConfiguration(environment.getProperty(KeyEncryptionKeys.PROPERTY),
                environment.acceptsProfiles(Profiles.of("dev")));
    }
}
