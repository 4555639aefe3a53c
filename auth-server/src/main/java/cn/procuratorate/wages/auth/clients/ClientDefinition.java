package cn.procuratorate.wages.auth.clients;

import cn.procuratorate.wages.auth.identity.Sector;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * One entry of {@code auth.clients}. {@code secret} is required for machine clients: either the plain secret (from
 * an environment variable; hashed at start-up) or an already encoded one such as {@code {bcrypt}$2a$…}.
 */
public record ClientDefinition(
        @NotBlank String clientId,
        @NotNull ClientKind kind,
        String name,
        String secret,
        Sector sector,
        List<String> redirectUris,
        List<String> postLogoutRedirectUris) {

    public ClientDefinition {
        redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
        postLogoutRedirectUris = postLogoutRedirectUris == null ? List.of() : List.copyOf(postLogoutRedirectUris);
    }
}
