package cn.procuratorate.wages.outreach.demo;

import cn.procuratorate.wages.outreach.campaign.CampaignDetails;
import cn.procuratorate.wages.outreach.campaign.Campaigns;
import cn.procuratorate.wages.outreach.campaign.PartnerAgency;
import cn.procuratorate.wages.outreach.campaign.Venue;
import cn.procuratorate.wages.outreach.materials.Audience;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The demo campaigns of unit 110105: on sites, at a labour market, with employers, online, and one still ahead. */
final class DemoCampaigns {

    private final Campaigns campaigns;
    private final LocalDate today;

    DemoCampaigns(Campaigns campaigns, LocalDate today) {
        this.campaigns = campaigns;
        this.today = today;
    }

    /** Writes the campaigns, using the materials of {@code materialIds} (by key); answers how many. */
    int write(Map<String, String> materialIds) {
        List<CampaignDetails> planned = List.of(
                new CampaignDetails("根治欠薪冬季专项行动：建筑工地普法宣讲", Audience.BOTH, "E47", DemoActors.UNIT,
                        today.minusDays(10), today.minusDays(8),
                        new Venue(Venue.Kind.CONSTRUCTION_SITE, "朝阳区某保障性住房项目工地"),
                        List.of(PartnerAgency.HRSS, PartnerAgency.HOUSING, PartnerAgency.TRADE_UNION), 260,
                        ids(materialIds, "payment-rules", "construction-sites"),
                        "在工地生活区讲解实名登记、工资专用账户和总包代发，现场接受咨询 37 人次，收到欠薪线索 2 条。"),
                new CampaignDetails("送法进劳务市场：被拖欠工资怎么办", Audience.WORKERS, null, DemoActors.UNIT,
                        today.minusDays(40), null, new Venue(Venue.Kind.LABOUR_MARKET, "朝阳区某劳务市场"),
                        List.of(PartnerAgency.HRSS, PartnerAgency.JUSTICE), 180, ids(materialIds, "worker-faq"),
                        "发放讨薪问答折页 200 份，介绍 12309 检察服务热线和支持起诉。"),
                new CampaignDetails("用人单位负责人欠薪风险警示座谈会", Audience.EMPLOYERS, "E48", DemoActors.UNIT,
                        today.minusDays(75), null,
                        new Venue(Venue.Kind.SERVICE_HALL, "北京市朝阳区人民检察院 12309 检察服务中心"),
                        List.of(PartnerAgency.HRSS, PartnerAgency.HOUSING), 45, ids(materialIds, "wage-crime"),
                        "以一起拒不支付劳动报酬罪案件释法说理，讲解刑事立案前、提起公诉前支付工资的不同后果。"),
                new CampaignDetails("线上直播：农民工讨薪常见问题解答", Audience.WORKERS, null, DemoActors.UNIT,
                        today.minusDays(20), null, new Venue(Venue.Kind.ONLINE, "检察院官方视频号"),
                        List.of(PartnerAgency.TRADE_UNION), 3100, ids(materialIds, "worker-faq"), null),
                new CampaignDetails("春节前欠薪隐患排查普法宣传", Audience.BOTH, "E47", DemoActors.UNIT,
                        today.plusDays(7), today.plusDays(21),
                        new Venue(Venue.Kind.CONSTRUCTION_SITE, "朝阳区在建房屋建筑项目"),
                        List.of(PartnerAgency.HRSS, PartnerAgency.HOUSING, PartnerAgency.PUBLIC_SECURITY), null,
                        ids(materialIds, "payment-rules"), null));
        planned.forEach(details -> campaigns.record(details, DemoActors.PROCURATOR));
        return planned.size();
    }

    private static List<String> ids(Map<String, String> materialIds, String... keys) {
        return List.of(keys).stream().map(materialIds::get).toList();
    }
}
