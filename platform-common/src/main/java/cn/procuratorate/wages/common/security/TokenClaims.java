package cn.procuratorate.wages.common.security;

/**
 * The platform's own claims in an access token: auth-server writes them, the gateway and the services read them.
 * One definition for all three, so the token contract cannot drift between issuer and readers.
 */
public final class TokenClaims {

    /** JSON array of {@link Role} names (without Spring's {@code ROLE_} prefix). */
    public static final String ROLES = "roles";
    /** 6-digit code of a staff user's procuratorate; absent for machine clients. */
    public static final String UNIT = "unit";
    /** Sector of a partner agency (HRSS, HOUSING, TRANSPORT, WATER); absent otherwise. */
    public static final String SECTOR = "sector";

    private TokenClaims() {
    }
}
