package cn.procuratorate.wages.outreach.detection;

import java.util.Objects;

/**
 * Whose figures over which period: staff see their unit's; a service one unit's, or every unit's ({@code unit}
 * null), which is where an employer's arrears across regions and procuratorates add up.
 */
public record DetectionScope(DetectionPeriod period, String unit) {

    public DetectionScope {
        Objects.requireNonNull(period, "period");
    }
}
