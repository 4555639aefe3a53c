package cn.procuratorate.wages.outreach.detection;

import cn.procuratorate.wages.common.identifiers.IndustryCode;
import cn.procuratorate.wages.common.identifiers.SupervisingDepartment;

/**
 * The department a finding goes to: the one supervising its industry (platform-common's table of 条例 art. 7), or
 * when the industry is unknown the one that coordinates wage payment everywhere, 人社, unless the caller knows better.
 */
final class Departments {

    private Departments() {
    }

    static SupervisingDepartment ofIndustry(String industryCode, SupervisingDepartment whenUnknown) {
        return IndustryCode.parse(industryCode).map(IndustryCode::supervisingDepartment).orElse(whenUnknown);
    }

    static SupervisingDepartment ofIndustry(String industryCode) {
        return ofIndustry(industryCode, SupervisingDepartment.HUMAN_RESOURCES_SOCIAL_SECURITY);
    }
}
