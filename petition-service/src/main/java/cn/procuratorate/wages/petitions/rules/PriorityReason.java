package cn.procuratorate.wages.petitions.rules;

/**
 * Why a petition got its priority: a stable code (the constant's name, safe to store and to match on), a Chinese label
 * for the clerk, and the level the reason raises a petition to at least ({@link PriorityLevel#NORMAL} for a reason
 * that only informs). Declared most pressing first, which is the order reasons are listed in.
 */
public enum PriorityReason {
    VIOLENCE_OR_THREATS("存在暴力或暴力威胁情形", PriorityLevel.URGENT),
    BASIC_LIVING_AT_STAKE("农民工或其被扶养人基本生活受到影响", PriorityLevel.URGENT),
    MAJOR_ILLNESS("农民工或其被扶养人患重大疾病无法及时医治", PriorityLevel.URGENT),
    EXTREME_ACTION_RISK("存在自伤、堵路等极端行为风险", PriorityLevel.URGENT),
    GROUP_PETITION("集体访/集体信", PriorityLevel.PRIORITY),
    MANY_WORKERS("涉及农民工人数较多", PriorityLevel.PRIORITY),
    OTHER_URGENCY("其他紧急情形", PriorityLevel.PRIORITY),
    LARGE_AMOUNT("欠薪数额较大", PriorityLevel.PRIORITY),
    SPRING_FESTIVAL_PERIOD("春节前后欠薪高发期", PriorityLevel.PRIORITY),
    SPRING_FESTIVAL_UNKNOWN("收件日期超出春节日期表范围，未能判断是否处于春节前后欠薪高发期", PriorityLevel.NORMAL);

    private final String label;
    private final PriorityLevel raisesTo;

    PriorityReason(String label, PriorityLevel raisesTo) {
        this.label = label;
        this.raisesTo = raisesTo;
    }

    /** The stable code: the constant's name. */
    public String code() {
        return name();
    }

    public String label() {
        return label;
    }

    public PriorityLevel raisesTo() {
        return raisesTo;
    }
}
