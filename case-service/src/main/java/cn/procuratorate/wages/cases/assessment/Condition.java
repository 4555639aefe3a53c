package cn.procuratorate.wages.cases.assessment;

/** What a reason of an assessment is about. */
public enum Condition {
    /** 数额较大 (法释〔2013〕3号 art. 3). Required. */
    AMOUNT("数额较大"),
    /** Evasion by transferring assets, absconding etc., or able to pay and did not (art. 2). Required. */
    EVASION("以转移财产、逃匿等方法逃避支付或者有能力支付而不支付"),
    /** Ordered to pay by a government department, and not paid by the deadline (art. 4). Required. */
    ORDER_TO_PAY("经政府有关部门责令支付仍不支付"),
    /** Serious consequences (art. 5): not a condition of the crime, it raises the sentence band. */
    SERIOUS_CONSEQUENCES("造成严重后果"),
    /** Payment of the wages with compensation and when (art. 6): leniency, not a condition of the crime. */
    REPAYMENT("支付劳动报酬并依法承担赔偿责任");

    private final String label;

    Condition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether all of these must be met for the crime (276-1 para. 1). */
    public boolean isRequired() {
        return this == AMOUNT || this == EVASION || this == ORDER_TO_PAY;
    }
}
