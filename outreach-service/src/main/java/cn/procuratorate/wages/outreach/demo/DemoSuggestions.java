package cn.procuratorate.wages.outreach.demo;

import cn.procuratorate.wages.outreach.suggestions.Escalation;
import cn.procuratorate.wages.outreach.suggestions.Evidence;
import cn.procuratorate.wages.outreach.suggestions.Issue;
import cn.procuratorate.wages.outreach.suggestions.Issuing;
import cn.procuratorate.wages.outreach.suggestions.Recipient;
import cn.procuratorate.wages.outreach.suggestions.Rectification;
import cn.procuratorate.wages.outreach.suggestions.Reply;
import cn.procuratorate.wages.outreach.suggestions.Suggestion;
import cn.procuratorate.wages.outreach.suggestions.SuggestionContent;
import cn.procuratorate.wages.outreach.suggestions.SuggestionKind;
import cn.procuratorate.wages.outreach.suggestions.Suggestions;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo suggestions of unit 110105, one or more in every stage: a draft the detection made, one ready to issue,
 * one withdrawn, replies due soon (one urgent) and overdue (one escalated), replies adopted, refused without reasons
 * (escalated) and empty, one rectified and one closed. Each goes through the same rules as any suggestion, on dates
 * counted back from today; evidence ids are labelled, not real records of the other services.
 */
final class DemoSuggestions {

    private static final Recipient HOUSING = department("北京市朝阳区住房和城乡建设委员会", Recipient.Sector.HOUSING);
    private static final Recipient HRSS = department("北京市朝阳区人力资源和社会保障局", Recipient.Sector.HRSS);
    private static final Recipient WATER = department("北京市朝阳区水务局", Recipient.Sector.WATER);
    private static final Recipient MARKET = department("北京市朝阳区市场监督管理局",
            Recipient.Sector.MARKET_REGULATION);
    private static final Recipient COURT = new Recipient(Recipient.Kind.COURT, "北京市朝阳区人民法院",
            Recipient.Sector.COURT, DemoActors.UNIT);

    private final Suggestions suggestions;
    private final LocalDate today;
    private int documentNumbers;

    DemoSuggestions(Suggestions suggestions, LocalDate today) {
        this.suggestions = suggestions;
        this.today = today;
    }

    /** Writes the suggestions; answers how many. */
    int write() {
        List<Suggestion> written = List.of(fromDetection(), readyToIssue(), withdrawn(), replyDueSoon(),
                urgentReplyDueSoon(), replyOverdue(), replyOverdueAndEscalated(), retrialAdopted(),
                refusedWithoutReasonsAndEscalated(), emptyReply(), rectified(), closed());
        return written.size();
    }

    private Suggestion fromDetection() {
        SuggestionContent content = new SuggestionContent(SuggestionKind.SOCIAL_GOVERNANCE, null,
                "近六个月本院受理房屋建筑业（E47）拖欠农民工工资案件 14 件，涉及 9 个在建项目，其中 7 个项目未开设农民工工资"
                        + "专用账户，工资由劳务班组长以现金发放。",
                "建议督促辖区在建房屋建筑项目开设农民工工资专用账户，落实施工总承包单位代发工资制度，并对未开设专户的项目"
                        + "开展专项检查。",
                List.of(new Evidence(Evidence.Kind.FINDING, "demo-finding-e47", "房屋建筑业欠薪案件集中：近六个月 14 件，"
                        + "同比上升 75%"), demoCase(31, "某建筑劳务公司拖欠农民工工资案"),
                        demoCase(44, "某装饰工程公司拖欠农民工工资案")));
        return suggestions.draft(content, DemoActors.UNIT, null, DemoActors.SERVICE).suggestion();
    }

    private Suggestion readyToIssue() {
        return draft(SuggestionKind.CORRECT_ILLEGALITY, HRSS,
                "本院在办理支持起诉案件中发现，区劳动保障监察机构对 3 起农民工欠薪投诉超过法定期限未作出处理决定，也未告知"
                        + "投诉人。",
                "建议依法及时处理上述投诉并书面告知投诉人，健全投诉受理和办理期限的内部监督机制。",
                demoCase(52, "刘某等 6 人支持起诉案"), demoPetition(108, "刘某来信反映投诉无人处理"));
    }

    private Suggestion withdrawn() {
        Suggestion draft = draft(SuggestionKind.SOCIAL_GOVERNANCE, MARKET,
                "某劳务公司以多个关联公司名义承接劳务分包，登记住所无法联系，已有两起欠薪。",
                "建议对该劳务公司及其关联公司的登记和经营情况开展核查。", demoCase(57, "某劳务公司拖欠农民工工资案"));
        return suggestions.withdraw(draft.id(), draft.version(), "经核实，该劳务公司已被吊销营业执照，建议的事项已无必要。",
                DemoActors.PROCURATOR);
    }

    private Suggestion replyDueSoon() {
        Suggestion draft = draft(SuggestionKind.SOCIAL_GOVERNANCE, HOUSING,
                "辖区部分在建项目未在施工现场设立维权信息告示牌，农民工不知道工资支付日期和投诉渠道。",
                "建议督促在建项目按规定设立维权信息告示牌，并纳入日常检查。", demoCase(61, "某市政配套工程欠薪案"));
        return issue(draft, today.minusDays(50), Issue.Delivery.WRITTEN, false, null);
    }

    private Suggestion urgentReplyDueSoon() {
        Suggestion draft = draft(SuggestionKind.SOCIAL_GOVERNANCE, HOUSING,
                "春节临近，某安置房项目建设单位拖欠工程款，涉及农民工 86 人工资约 210 万元，存在群体讨薪风险。",
                "建议立即约谈建设单位和施工总承包单位，督促以未结清的工程款为限先行垫付农民工工资。",
                demoPetition(131, "张某等 86 人集体来访"), demoCase(66, "某安置房项目欠薪案"));
        return issue(draft, today.minusDays(4), Issue.Delivery.PUBLIC_ANNOUNCEMENT, true, 10);
    }

    private Suggestion replyOverdue() {
        Suggestion draft = draft(SuggestionKind.OTHER, COURT,
                "在执行案件中，对被执行人农民工工资专用账户内的资金予以冻结，影响该项目农民工工资按时发放。",
                "建议对农民工工资专用账户资金依法不予冻结、划拨，并对已采取措施的案件及时纠正。",
                demoCase(70, "某建设集团执行监督案"));
        return issue(draft, today.minusMonths(3), Issue.Delivery.WRITTEN, false, null);
    }

    private Suggestion replyOverdueAndEscalated() {
        Suggestion draft = draft(SuggestionKind.CORRECT_ILLEGALITY, HRSS,
                "对经责令支付仍拒不支付农民工工资、涉嫌拒不支付劳动报酬罪的 2 家用人单位，未依法移送公安机关。",
                "建议依法将涉嫌犯罪的案件移送公安机关，并建立涉嫌犯罪案件移送台账。",
                demoCase(75, "某劳务公司涉嫌拒不支付劳动报酬案"));
        Suggestion issued = issue(draft, today.minusMonths(4), Issue.Delivery.WRITTEN, false, null);
        LocalDate due = issued.progress().replyDueOn();
        return suggestions.escalate(issued.id(), issued.version(), due.plusDays(10),
                Escalation.Target.RECIPIENT_SUPERIOR, "北京市人力资源和社会保障局", "回复期限届满后经电话督促，仍未书面回复。",
                DemoActors.SUPERVISOR);
    }

    private Suggestion retrialAdopted() {
        Suggestion draft = draft(SuggestionKind.RETRIAL, COURT,
                "某劳动争议案件民事判决未采信用人单位出具的工资欠条，驳回 12 名农民工的工资请求，认定事实的主要证据不足。",
                "建议依法再审。", demoCase(80, "王某等 12 人申请民事生效裁判监督案"));
        Suggestion issued = issue(draft, today.minusDays(50), Issue.Delivery.WRITTEN, false, null);
        return reply(issued, today.minusDays(10), "本院已裁定再审。", Reply.Adoption.ADOPTED, null);
    }

    private Suggestion refusedWithoutReasonsAndEscalated() {
        Suggestion draft = draft(SuggestionKind.SOCIAL_GOVERNANCE, HOUSING,
                "分包单位拖欠农民工工资后，施工总承包单位未先行清偿，多起案件中农民工只能向已无财产的分包单位追讨。",
                "建议督促施工总承包单位依法先行清偿分包单位拖欠的农民工工资，并将履行情况纳入信用评价。",
                demoCase(84, "某幕墙工程欠薪案"), demoCase(89, "某钢结构工程欠薪案"));
        Suggestion issued = issue(draft, today.minusDays(100), Issue.Delivery.WRITTEN, false, null);
        Suggestion refused = reply(issued, today.minusDays(45), "经研究，暂不采纳。", Reply.Adoption.NOT_ADOPTED, null);
        return suggestions.escalate(refused.id(), refused.version(), today.minusDays(30),
                Escalation.Target.SUPERIOR_PROCURATORATE, "北京市人民检察院第三分院", "回复不予采纳且未说明理由，提请上级院协调。",
                DemoActors.SUPERVISOR);
    }

    private Suggestion emptyReply() {
        Suggestion draft = draft(SuggestionKind.SOCIAL_GOVERNANCE, MARKET,
                "多家未取得劳务派遣许可的公司以劳务派遣名义向工地输送农民工，发生欠薪后无人承担责任。",
                "建议对辖区以劳务派遣名义经营的公司开展核查，依法处理无证经营行为。", demoCase(93, "某劳务派遣欠薪案"));
        Suggestion issued = issue(draft, today.minusDays(70), Issue.Delivery.WRITTEN, false, null);
        return reply(issued, today.minusDays(12), null, Reply.Adoption.ADOPTED, null);
    }

    private Suggestion rectified() {
        Suggestion draft = draft(SuggestionKind.PUBLIC_INTEREST, HRSS,
                "辖区部分在建项目未按规定存储农民工工资保证金，部分已竣工项目的保证金长期未返还，保证金制度保障不特定"
                        + "农民工权益的作用落空。",
                "建议全面清查工资保证金存储和返还情况，对未存储的项目责令限期存储。", demoCase(97, "某道路工程欠薪案"));
        Suggestion issued = issue(draft, today.minusDays(150), Issue.Delivery.PUBLIC_ANNOUNCEMENT, false, null);
        Suggestion replied = reply(issued, today.minusDays(95), "采纳。已制定清查方案，逐项目核对保证金台账。",
                Reply.Adoption.ADOPTED, null);
        return suggestions.rectify(replied.id(), replied.version(), new Rectification(today.minusDays(20),
                "清查在建项目 64 个，责令 11 个项目补存保证金；返还已竣工项目保证金 23 笔。"), DemoActors.PROCURATOR);
    }

    private Suggestion closed() {
        Suggestion draft = draft(SuggestionKind.SOCIAL_GOVERNANCE, WATER,
                "水务工程项目未落实农民工实名登记，发生欠薪时无法核实人员和工资数额。",
                "建议督促水务工程项目落实实名登记，并与工资专用账户代发数据比对。", demoCase(101, "某河道治理工程欠薪案"));
        Suggestion issued = issue(draft, today.minusDays(240), Issue.Delivery.WRITTEN, false, null);
        Suggestion replied = reply(issued, today.minusDays(185), "部分采纳。在建项目已全部实名登记；已竣工项目无法补登。",
                Reply.Adoption.PARTLY_ADOPTED, "已竣工项目人员已离场，无法补办实名登记。");
        Suggestion rectified = suggestions.rectify(replied.id(), replied.version(), new Rectification(
                today.minusDays(120), "在建水务工程项目 9 个均已实名登记，与专用账户代发数据一致。"), DemoActors.PROCURATOR);
        return suggestions.close(rectified.id(), rectified.version(), "整改到位，不予采纳部分理由成立。",
                DemoActors.PROCURATOR);
    }

    private Suggestion draft(SuggestionKind kind, Recipient recipient, String problem, String request,
            Evidence... evidence) {
        return suggestions.draft(new SuggestionContent(kind, recipient, problem, request, List.of(evidence)), null,
                null, DemoActors.PROCURATOR).suggestion();
    }

    private Suggestion issue(Suggestion draft, LocalDate issuedOn, Issue.Delivery delivery, boolean urgent,
            Integer replyWithinDays) {
        String number = "京朝检建〔" + issuedOn.getYear() + "〕" + (++documentNumbers) + "号";
        return suggestions.issue(draft.id(), draft.version(), new Issuing(issuedOn, number, delivery, null, urgent,
                replyWithinDays), DemoActors.SUPERVISOR);
    }

    private Suggestion reply(Suggestion issued, LocalDate receivedOn, String text, Reply.Adoption adoption,
            String reasons) {
        return suggestions.reply(issued.id(), issued.version(), new Reply(receivedOn, text, adoption, reasons),
                DemoActors.PROCURATOR);
    }

    private static Recipient department(String name, Recipient.Sector sector) {
        return new Recipient(Recipient.Kind.DEPARTMENT, name, sector, DemoActors.UNIT);
    }

    /** Labelled like a case number of the unit (110105-2026-00031), though no such case need exist. */
    private Evidence demoCase(int sequence, String title) {
        return new Evidence(Evidence.Kind.CASE, "demo-case-" + sequence,
                String.format("%s-%d-%05d %s", DemoActors.UNIT, today.getYear(), sequence, title));
    }

    private static Evidence demoPetition(int sequence, String summary) {
        return new Evidence(Evidence.Kind.PETITION, "demo-petition-" + sequence, summary);
    }
}
