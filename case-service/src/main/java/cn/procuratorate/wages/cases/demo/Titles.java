package cn.procuratorate.wages.cases.demo;

import cn.procuratorate.wages.cases.demo.PlannedCase.PlannedWorker;
import java.util.List;

/** Case titles as procuratorates write them: the employer named, the workers anonymised (王某某等12人). */
final class Titles {

    private static final String GANG_BOSS = "（包工头）";

    private Titles() {
    }

    static String of(PlannedCase plan) {
        String party = plan.employer().name().replace(GANG_BOSS, "");
        List<PlannedWorker> workers = plan.workers();
        String claimants = workers.get(0).person().name().substring(0, 1) + "某某"
                + (workers.size() > 1 ? "等" + workers.size() + "人" : "");
        // The 人社 office an administrative case is against: the one of the district where the work was done.
        String bureau = Regions.cityOf(plan.unit()) + "市" + Regions.nameOf(plan.regionCode()) + "人力资源和社会保障局";
        return switch (plan.type()) {
            case WAGE_CRIME -> party + "涉嫌拒不支付劳动报酬案";
            case FALSE_LITIGATION -> party + "劳务合同纠纷虚假诉讼监督案";
            case LAWSUIT_SUPPORT -> claimants + "追索劳动报酬支持起诉案";
            case CIVIL_JUDGMENT_SUPERVISION -> claimants + "与" + party + "劳动争议民事生效裁判监督案";
            case ADMINISTRATIVE_JUDGMENT_SUPERVISION -> claimants + "诉" + bureau + "不履行法定职责行政生效裁判监督案";
            case ENFORCEMENT_SUPERVISION -> claimants + "申请执行" + party + "劳动报酬纠纷执行监督案";
        };
    }
}
