package cn.procuratorate.wages.cases.employers;

/**
 * Facts about an employer that bear on the list of seriously defaulting employers (拖欠农民工工资失信联合惩戒对象名单,
 * 保障农民工工资支付条例 art. 48; 拖欠农民工工资失信联合惩戒对象名单管理暂行办法, 人社部令第45号, 2021). That list is kept by
 * 人社: its art. 5 lists an employer whose arrears reach the amount of the crime of refusing to pay labour remuneration
 * (or caused mass or extreme incidents) and that did not pay by the deadline of an order to pay. These facts are
 * evidence for that decision, never the decision.
 */
enum BlacklistFactKind {
    /** Prosecuted for 拒不支付劳动报酬罪 (Criminal Law art. 276-1): the amount and the unpaid order were found met. */
    PROSECUTED("已对拒不支付劳动报酬罪提起公诉"),
    /** 人社部令第45号 art. 5 (1): the arrears of a case reach the amount of 法释〔2013〕3号 art. 3 for its province. */
    CRIME_AMOUNT_REACHED("拖欠数额达到拒不支付劳动报酬罪数额较大标准"),
    /** Wages still unpaid: art. 5 lists only an employer that did not pay, and paying opens early removal. */
    WAGES_OUTSTANDING("尚有拖欠的农民工工资未清偿"),
    /** Two or more arrears cases within 12 months: a platform indicator of a repeat defaulter, no listing condition. */
    REPEAT_ARREARS("12个月内两次以上拖欠农民工工资");

    private final String label;

    BlacklistFactKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
