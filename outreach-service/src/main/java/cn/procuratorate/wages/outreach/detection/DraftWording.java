package cn.procuratorate.wages.outreach.detection;

import cn.procuratorate.wages.common.identifiers.SupervisingDepartment;
import cn.procuratorate.wages.outreach.suggestions.Evidence;
import cn.procuratorate.wages.outreach.suggestions.Recipient;
import cn.procuratorate.wages.outreach.suggestions.SuggestionContent;
import cn.procuratorate.wages.outreach.suggestions.SuggestionKind;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The first wording of the social-governance suggestion drafted from a finding: to the department supervising it
 * (its kind of department, in the finding's region or else the unit's: unit codes are region codes), the problem
 * with its figures, a request fit for that department, and the finding as evidence. A starting point that the
 * procurator edits, the recipient's exact name included, before the suggestion is issued.
 */
final class DraftWording {

    private DraftWording() {
    }

    /** @param period the period the finding was detected in */
    static SuggestionContent of(Finding finding, DetectionPeriod period, String unit) {
        Finding.Department department = finding.supervisingDepartment();
        FindingFigures figures = finding.evidence().figures();
        String when = period.from() + "至" + period.to() + "，";
        String problem;
        String request;
        String region = unit;
        if (figures instanceof RepeatEmployers.Figures f) {
            problem = when + named(finding) + "涉及拖欠农民工工资案件" + f.cases() + "件、信访" + f.petitions() + "件（其中"
                    + f.petitionsRoutedToCases() + "件已转为案件），合计" + f.occurrences() + "起，达到" + f.minOccurrences()
                    + "起的反复欠薪标准。";
            request = "建议" + department.fullName() + "对该单位的工资支付情况开展专项检查，督促其及时足额清偿拖欠的农民工工资；"
                    + "对拒不整改、情节严重的，依法将其列入拖欠农民工工资失信联合惩戒对象名单。";
        } else if (figures instanceof RisingArrears.Figures f) {
            String where = f.dimension().label() + " " + f.code();
            problem = f.quarter().from() + "至" + f.quarter().to() + "，" + where + " 发生欠薪案件和信访" + f.quarterArrears()
                    + "起，" + (f.ratio() == null ? "此前四个季度未发生"
                            : "为此前四个季度季均 " + f.baselineQuarterlyMean() + " 起的 " + f.ratio() + " 倍")
                    + "，呈明显上升趋势。";
            request = "建议" + department.fullName() + "对" + where + " 的工资支付情况开展排查，查明欠薪上升的原因，"
                    + "落实工资支付保障制度，防止欠薪问题蔓延。";
            if (f.dimension() == RisingArrears.Dimension.REGION) {
                region = f.code();
            }
        } else if (figures instanceof ContractorConcentration.Figures f) {
            problem = when + named(finding) + "作为总承包单位的工程项目涉及拖欠农民工工资案件" + f.cases() + "件（尚未办结"
                    + f.openCases() + "件），涉及劳动者" + f.workers() + "人，拖欠工资" + f.owed().toPlainString() + "元。";
            request = "建议" + department.fullName() + "督促该总承包单位落实农民工工资专用账户、工资保证金、实名制管理和"
                    + "总包单位代发工资制度，对其承建项目的工资支付情况开展排查。";
        } else {
            SeasonalSurge.Figures f = (SeasonalSurge.Figures) figures;
            problem = f.newYearDay().getYear() + "年春节前（" + f.seasonMonths().stream().map(YearMonth::toString)
                    .collect(Collectors.joining("、")) + "），欠薪案件和信访月均 " + f.seasonMonthlyMean() + " 起，"
                    + (f.ratio() == null ? "其他月份未发生" : "为其他月份月均 " + f.otherMonthlyMean() + " 起的 " + f.ratio()
                            + " 倍") + "。";
            request = "建议" + department.fullName() + "会同住房城乡建设、交通运输、水利等行业主管部门，在春节前提前部署"
                    + "治理欠薪冬季行动，集中排查化解欠薪隐患。";
        }
        Recipient recipient = new Recipient(Recipient.Kind.DEPARTMENT, department.fullName(),
                sector(department.code()), region);
        Evidence evidence = new Evidence(Evidence.Kind.FINDING, finding.id(),
                finding.kind().label() + "：" + finding.label());
        return new SuggestionContent(SuggestionKind.SOCIAL_GOVERNANCE, recipient, problem, request, List.of(evidence));
    }

    private static Recipient.Sector sector(SupervisingDepartment department) {
        return switch (department) {
            case HUMAN_RESOURCES_SOCIAL_SECURITY -> Recipient.Sector.HRSS;
            case HOUSING_CONSTRUCTION -> Recipient.Sector.HOUSING;
            case TRANSPORT -> Recipient.Sector.TRANSPORT;
            case WATER_RESOURCES -> Recipient.Sector.WATER;
        };
    }

    /** The company's name, with its credit code where the key is one. */
    private static String named(Finding finding) {
        return finding.key().equals(finding.label()) ? finding.label() : finding.label() + "（" + finding.key() + "）";
    }
}
