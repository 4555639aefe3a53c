package cn.procuratorate.wages.cases.employers;

import cn.procuratorate.wages.common.identifiers.IndustryCode;
import cn.procuratorate.wages.common.identifiers.SupervisingDepartment;
import java.util.Arrays;
import java.util.Optional;

/**
 * A partner agency's sector, as the {@code sector} claim of its token names it (auth-server's {@code Sector}), and the
 * department whose industries it may see ({@link IndustryCode#supervisingDepartment()}).
 */
enum AgencySector {
    /** 人社 coordinates and handles wage arrears in every industry (保障农民工工资支付条例 art. 7): it sees them all. */
    HRSS(SupervisingDepartment.HUMAN_RESOURCES_SOCIAL_SECURITY),
    HOUSING(SupervisingDepartment.HOUSING_CONSTRUCTION),
    TRANSPORT(SupervisingDepartment.TRANSPORT),
    WATER(SupervisingDepartment.WATER_RESOURCES);

    private final SupervisingDepartment department;

    AgencySector(SupervisingDepartment department) {
        this.department = department;
    }

    /** The sector a claim names; empty for a missing or unknown claim. */
    static Optional<AgencySector> of(String claim) {
        return Arrays.stream(values()).filter(sector -> sector.name().equals(claim)).findFirst();
    }

    /** Whether a case of this industry is this sector's business. */
    boolean covers(String industryCode) {
        return department == SupervisingDepartment.HUMAN_RESOURCES_SOCIAL_SECURITY
                || IndustryCode.parse(industryCode).map(IndustryCode::supervisingDepartment)
                        .filter(department::equals).isPresent();
    }
}
