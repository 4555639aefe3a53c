package cn.procuratorate.wages.cases.recovery;

/** Who paid a worker's wages, and through what (保障农民工工资支付条例). */
public enum PaymentChannel {
    /** The employer itself. */
    EMPLOYER("用人单位支付"),
    /** The general contractor, paying on behalf of a defaulting subcontractor and recovering later (条例 art. 30). */
    GENERAL_CONTRACTOR("施工总承包单位先行清偿"),
    /** Drawn from the project's wage guarantee deposit (工资保证金, 条例 art. 32). */
    WAGE_GUARANTEE_DEPOSIT("工资保证金支付"),
    /** Paid out of assets seized by a court enforcing a judgment (强制执行). */
    COURT_ENFORCEMENT("人民法院强制执行");

    private final String label;

    PaymentChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
