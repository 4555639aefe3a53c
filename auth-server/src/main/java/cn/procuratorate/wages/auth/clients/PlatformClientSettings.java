package cn.procuratorate.wages.auth.clients;

import cn.procuratorate.wages.common.security.Role;
import cn.procuratorate.wages.auth.identity.Sector;
import java.util.Optional;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;

/** What a registered client carries for the token claims, kept in its {@link ClientSettings}. */
public final class PlatformClientSettings {

    static final String ROLE = "platform.role";
    static final String SECTOR = "platform.sector";
    static final String ACTS_AS_USER = "platform.acts-as-user";

    private PlatformClientSettings() {
    }

    public static ClientSettings.Builder machine(Role role, Sector sector) {
        ClientSettings.Builder settings = ClientSettings.builder().setting(ROLE, role.name());
        return sector == null ? settings : settings.setting(SECTOR, sector.name());
    }

    /** A client whose client-credentials tokens speak for a staff user: for the dev profile only. */
    public static ClientSettings.Builder actingAs(String username) {
        return ClientSettings.builder().setting(ACTS_AS_USER, username);
    }

    public static Optional<Role> role(RegisteredClient client) {
        return Optional.ofNullable((String) client.getClientSettings().getSetting(ROLE)).map(Role::valueOf);
    }

    public static Optional<Sector> sector(RegisteredClient client) {
        return Optional.ofNullable((String) client.getClientSettings().getSetting(SECTOR)).map(Sector::valueOf);
    }

    public static Optional<String> actingUser(RegisteredClient client) {
        return Optional.ofNullable(client.getClientSettings().getSetting(ACTS_AS_USER));
    }
}
