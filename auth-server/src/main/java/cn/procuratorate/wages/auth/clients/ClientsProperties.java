package cn.procuratorate.wages.auth.clients;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code auth.clients}: the registered clients. A list, so a profile or an operator's file replaces it as a whole
 * (application-dev.yml restates it with dev secrets) instead of merging half a client into another.
 */
@Validated
@ConfigurationProperties("auth")
public record ClientsProperties(@Valid List<ClientDefinition> clients) {

    public ClientsProperties {
        clients = clients == null ? List.of() : List.copyOf(clients);
    }
}
