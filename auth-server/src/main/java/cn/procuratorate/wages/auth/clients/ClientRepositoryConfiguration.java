package cn.procuratorate.wages.auth.clients;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * Clients live in configuration, not in the database: they change with a deployment (a new agency, a new front-end
 * URL), and every instance then agrees on them without a migration.
 */
@Configuration(proxyBeanMethods = false)
class ClientRepositoryConfiguration {

    @Bean
    RegisteredClients registeredClients(PasswordEncoder passwordEncoder, TokenSettings tokenSettings) {
        return new RegisteredClients(passwordEncoder, tokenSettings);
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(ClientsProperties properties, RegisteredClients factory,
            List<AdditionalClients> additional) {
        List<RegisteredClient> clients = new ArrayList<>();
        properties.clients().forEach(definition -> clients.add(factory.from(definition)));
        additional.forEach(source -> clients.addAll(source.clients()));
        if (clients.isEmpty()) {
            throw new IllegalStateException("auth.clients is empty: the issuer would have no one to issue tokens to");
        }
        return new InMemoryRegisteredClientRepository(clients);
    }
}
