package cn.procuratorate.wages.auth.clients;

import java.util.List;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

/** Clients registered by code rather than by {@code auth.clients}, e.g. the dev profile's stand-ins for users. */
public interface AdditionalClients {

    List<RegisteredClient> clients();
}
