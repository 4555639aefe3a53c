package cn.procuratorate.wages.cases.risk;

/** The signs of false litigation (虚假诉讼) in workers' names that are looked for. */
public enum RiskFlagKind {
    /** The same person claims wages from several employers within a short time. */
    SAME_CLAIMANT_MANY_EMPLOYERS("risk.same-claimant-many-employers", "同一申请人短期内向多个用人单位主张劳动报酬"),
    /** Most claimants claim exactly the same amount: a sign of a fabricated list. */
    IDENTICAL_AMOUNTS("risk.identical-amounts", "多名申请人主张的数额完全相同"),
    /** Claimants missing from the project's real-name roster (保障农民工工资支付条例 art. 28). */
    NOT_ON_ROSTER("risk.not-on-roster", "申请人不在项目实名制登记名册中");

    private final String code;
    private final String label;

    RiskFlagKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** Stable, for a UI to translate. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
