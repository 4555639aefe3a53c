package cn.procuratorate.wages.petitions.demo;

import cn.procuratorate.wages.petitions.demo.SyntheticEmployers.Employer;
import cn.procuratorate.wages.petitions.petition.HandlingOutcome;
import cn.procuratorate.wages.petitions.rules.UrgencySign;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** What the demo petitions and the desk's replies say, in the plain words petitioners and clerks use. */
final class PetitionTexts {

    private static final List<String> REQUESTS = List.of("请求帮助追讨被拖欠的工资", "请求检察机关督促老板尽快支付工资",
            "希望检察院支持起诉，帮我们要回工钱", "请求依法追究老板拒不支付劳动报酬的责任");
    private static final Map<UrgencySign, String> URGENCY = new EnumMap<>(Map.of(
            UrgencySign.BASIC_LIVING_AT_STAKE, "家里老人孩子等着用钱，房租已经交不上了。",
            UrgencySign.MAJOR_ILLNESS, "爱人生病住院，急需这笔钱交医药费。",
            UrgencySign.VIOLENCE_OR_THREATS, "上门讨要时被老板叫人推搡，还威胁再来就打人。",
            UrgencySign.EXTREME_ACTION_RISK, "有工友说再不给钱就去堵工地大门。",
            UrgencySign.OTHER, "孩子因为交不起学费已经停学。"));
    static final String PROCEDURAL_REPLY = "您反映的拖欠工资问题本院已收到，由控告申诉检察部门办理，将在三个月内答复办理结果。";
    static final String ANSWER = "已释法说理，告知可申请劳动仲裁；持有工资欠条的，可直接向人民法院起诉，确有困难的可申请支持起诉。";
    static final String MERGE_NOTE = "与此前反映系同一事项，合并办理。";

    private final Random random;

    PetitionTexts(Random random) {
        this.random = random;
    }

    /** One worker's own story: where, what job, which months, how much. */
    String worker(Employer employer, LocalDate receivedOn, int months, long amountFen) {
        String period = period(receivedOn, months);
        String job = employer.trade().job(random);
        if (employer.project() != null) {
            return period + "，我在" + employer.project() + "做" + job + "，" + months + "个月工资共" + yuan(amountFen)
                    + "元至今没发。" + employer.name() + "一直说工程款没到位，让再等等。";
        }
        return period + "，我在" + employer.name() + "当" + job + "，离职时还有" + months + "个月工资共" + yuan(amountFen)
                + "元没有结清，多次讨要都推说没钱。";
    }

    /** Several workers speaking together (集体访/集体信). */
    String group(Employer employer, LocalDate receivedOn, int months, long amountFen, int workers) {
        String where = employer.project() != null ? employer.project() : employer.name();
        return "我们" + workers + "名工人在" + where + "干活，" + period(receivedOn, months) + "的工资共约"
                + yuan(amountFen) + "元被" + employer.name() + "拖欠，多次找老板都找不到人。";
    }

    /** The same petitioner again, about the same arrears. */
    String again(String earlier) {
        return "此前已经反映过，到现在还没拿到钱，再次反映：" + earlier;
    }

    /** A petition the labour inspectorate passed on. */
    String referred(String unit, String region, String story) {
        return "（" + agency(unit, region) + "移送）" + story;
    }

    String withUrgency(String story, Set<UrgencySign> signs) {
        StringBuilder text = new StringBuilder(story);
        signs.forEach(sign -> text.append(URGENCY.get(sign)));
        return text.toString();
    }

    String request() {
        return REQUESTS.get(random.nextInt(REQUESTS.size()));
    }

    /** The labour inspectorate of the district (人社 handles arrears cases: 保障农民工工资支付条例 art. 7). */
    static String agency(String unit, String regionName) {
        return Regions.city(unit) + regionName + "人力资源和社会保障局劳动保障监察大队";
    }

    static String handlingNote(HandlingOutcome outcome) {
        return switch (outcome) {
            case TRANSFERRED -> "属劳动保障监察职责，已移送处理并告知信访人。";
            case ANSWERED -> ANSWER;
            case MERGED -> MERGE_NOTE;
            case ROUTED_TO_CASE -> throw new IllegalArgumentException("The demo routes no petition into a case");
        };
    }

    static String resultReply(HandlingOutcome outcome, String agency) {
        return outcome == HandlingOutcome.TRANSFERRED
                ? "经审查，您反映的问题属于劳动保障监察职责，本院已移送" + agency + "依法处理，并将跟踪督促。"
                : "经审查，" + ANSWER;
    }

    /** The months owed, ending with the month before the petition: 2026年3月至6月. */
    private static String period(LocalDate receivedOn, int months) {
        YearMonth last = YearMonth.from(receivedOn).minusMonths(1);
        YearMonth first = last.minusMonths(months - 1L);
        String from = first.getYear() + "年" + first.getMonthValue() + "月";
        if (months == 1) {
            return from;
        }
        return from + "至" + (first.getYear() == last.getYear() ? "" : last.getYear() + "年") + last.getMonthValue()
                + "月";
    }

    private static String yuan(long fen) {
        return fen % 100 == 0 ? Long.toString(fen / 100) : BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
