package cn.procuratorate.wages.outreach.materials;

/** What a publicity material is. */
public enum MaterialKind {
    /** A plain-language explanation of a law or of a provision (以案释法、法律解读). */
    EXPLANATION("法律解读"),
    /** Questions workers or employers ask, with their answers (常见问题). */
    FAQ("常见问题"),
    /** The rules on paying wages, set out for employers and workers (工资支付规定). */
    PAYMENT_RULES("工资支付规定");

    private final String label;

    MaterialKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
