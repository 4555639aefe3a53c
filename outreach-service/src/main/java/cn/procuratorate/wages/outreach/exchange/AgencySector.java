package cn.procuratorate.wages.outreach.exchange;

import java.util.Arrays;
import java.util.Optional;

/**
 * The sector of a partner agency: its token's {@code sector} claim (auth-server's {@code Sector}), and the sector a
 * clue is filed under. The departments of 保障农民工工资支付条例 art. 7 that handle or supervise wage arrears.
 */
public enum AgencySector {
    /** 人力资源和社会保障 */
    HRSS,
    /** 住房和城乡建设 */
    HOUSING,
    /** 交通运输 */
    TRANSPORT,
    /** 水利 */
    WATER;

    /** For request validation: the names a {@code sector} field may hold. */
    public static final String NAMES = "HRSS|HOUSING|TRANSPORT|WATER";

    /** The sector a claim names; empty for a missing or unknown claim. */
    public static Optional<AgencySector> of(String claim) {
        return Arrays.stream(values()).filter(sector -> sector.name().equals(claim)).findFirst();
    }
}
