package cn.procuratorate.wages.auth.dev;

import cn.procuratorate.wages.auth.clients.AdditionalClients;
import cn.procuratorate.wages.auth.clients.PlatformClientSettings;
import cn.procuratorate.wages.auth.clients.RegisteredClients;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.stereotype.Component;

/**
 * DEV ONLY. One client-credentials client per dev staff user ({@code dev-clerk1}…) whose tokens carry that user's
 * {@code sub}, {@code roles} and {@code unit}: a user's token from one curl, where authorization code with PKCE needs
 * a browser. It is a back door by design, so it exists only under the {@code dev} profile.
 */
@Component
@Profile("dev")
class DevStaffClients implements AdditionalClients {

    private final RegisteredClients factory;

    DevStaffClients(RegisteredClients factory) {
        this.factory = factory;
    }

    @Override
    public List<RegisteredClient> clients() {
        return DevAccounts.ALL.stream()
                .map(account -> factory.confidential(account.clientId(), DevAccounts.CLIENT_SECRET)
                        .clientName("DEV ONLY: tokens of " + account.username())
                        .clientSettings(PlatformClientSettings.actingAs(account.username()).build())
                        .build())
                .toList();
    }
}
