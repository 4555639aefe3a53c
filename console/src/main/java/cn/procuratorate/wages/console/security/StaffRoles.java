package cn.procuratorate.wages.console.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/**
 * The {@code roles} claim of auth-server's ID token as authorities {@code ROLE_CLERK}…, so pages can show only what
 * a role may do. The gateway and the services still decide; this only keeps useless buttons off the page.
 */
public final class StaffRoles implements GrantedAuthoritiesMapper {

    public static final String PROCURATOR = "PROCURATOR";
    public static final String CLERK = "CLERK";
    public static final String SUPERVISOR = "SUPERVISOR";
    static final String[] ALL = {PROCURATOR, CLERK, SUPERVISOR};

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        Set<GrantedAuthority> mapped = new HashSet<>(authorities);
        for (GrantedAuthority authority : authorities) {
            if (authority instanceof OidcUserAuthority) {
                Object roles = ((OidcUserAuthority) authority).getIdToken().getClaims().get("roles");
                if (roles instanceof List<?>) {
                    ((List<?>) roles).forEach(role -> mapped.add(new SimpleGrantedAuthority("ROLE_" + role)));
                }
            }
        }
        return mapped;
    }
}
