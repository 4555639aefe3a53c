package cn.procuratorate.wages.cases.assessment;

/**
 * When the wages were paid in full with the compensation due, and the leniency that follows
 * (Criminal Law 276-1 para. 3; 法释〔2013〕3号 art. 6).
 */
public enum LeniencyStage {
    /** Not (or not fully) paid. */
    NOT_REPAID("未支付", "无"),
    /** No serious consequences, paid before the case was filed: may be treated as no crime. */
    BEFORE_FILING("刑事立案前支付", "可以认定为情节显著轻微危害不大，不认为是犯罪"),
    /** No serious consequences, paid before prosecution: the penalty may be reduced or waived. */
    BEFORE_PROSECUTION("提起公诉前支付", "可以减轻或者免除刑事处罚"),
    /** No serious consequences, paid before the first-instance verdict: lighter penalty. */
    BEFORE_FIRST_INSTANCE_VERDICT("一审宣判前支付", "可以从轻处罚"),
    /** Serious consequences, paid before the verdict: leniency at the court's discretion (art. 6 para. 2). */
    DISCRETIONARY_WITH_SERIOUS_CONSEQUENCES("造成严重后果，宣判前支付", "可以酌情从宽处罚"),
    /** Paid after the first-instance verdict: no leniency under art. 6. */
    NONE("一审宣判后支付", "不适用第六条的从宽规定");

    private final String label;
    private final String effect;

    LeniencyStage(String label, String effect) {
        this.label = label;
        this.effect = effect;
    }

    public String label() {
        return label;
    }

    /** What the law allows at this stage. */
    public String effect() {
        return effect;
    }
}
