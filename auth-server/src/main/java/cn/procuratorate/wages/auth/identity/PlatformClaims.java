package cn.procuratorate.wages.auth.identity;

/** Names of the platform's own claims; the resource servers read exactly these. */
public final class PlatformClaims {

    /** JSON array of {@link cn.procuratorate.wages.common.security.Role} names. */
    public static final String ROLES = "roles";
    /** 6-digit code of a staff user's procuratorate; absent for machine clients. */
    public static final String UNIT = "unit";
    /** {@link Sector} of a partner agency; absent otherwise. */
    public static final String SECTOR = "sector";

    private PlatformClaims() {
    }
}
