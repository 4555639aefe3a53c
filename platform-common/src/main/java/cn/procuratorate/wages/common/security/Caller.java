package cn.procuratorate.wages.common.security;

import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling, from the access token: subject, roles, unit (staff) and sector (partner agencies).
 * Domain code asks this instead of reading claims, so the token format stays in one place.
 */
public record Caller(String subject, List<String> roles, String unit, String sector) {

    /** The caller of the current request; empty outside an authenticated request. */
    public static Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return Optional.of(of(token.getToken()));
        }
        return Optional.empty();
    }

    /** The caller, for code that only runs behind an authenticated route. */
    public static Caller required() {
        return current().orElseThrow(() -> new IllegalStateException("No authenticated caller"));
    }

    static Caller of(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList(TokenClaims.ROLES);
        return new Caller(jwt.getSubject(), roles == null ? List.of() : List.copyOf(roles),
                jwt.getClaimAsString(TokenClaims.UNIT), jwt.getClaimAsString(TokenClaims.SECTOR));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role.name());
    }
}
