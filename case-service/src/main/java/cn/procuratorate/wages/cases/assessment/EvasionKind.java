package cn.procuratorate.wages.cases.assessment;

/** The ways of evading payment of 法释〔2013〕3号 art. 2 (以转移财产、逃匿等方法逃避支付劳动者的劳动报酬). */
public enum EvasionKind {
    /** art. 2 (1): 隐匿财产、恶意清偿或者以其他方法转移、处分财产. */
    CONCEALED_OR_TRANSFERRED_ASSETS("隐匿财产、恶意清偿或者以其他方法转移、处分财产"),
    /** art. 2 (1): 虚构债务. */
    FICTITIOUS_DEBTS("虚构债务"),
    /** art. 2 (1): 虚假破产、虚假倒闭. */
    SHAM_BANKRUPTCY_OR_CLOSURE("虚假破产、虚假倒闭"),
    /** art. 2 (2): 逃跑、藏匿. */
    ABSCONDED("逃跑、藏匿"),
    /** art. 2 (3): 隐匿、销毁或者篡改账目、职工名册、工资支付记录、考勤记录等与劳动报酬相关的材料. */
    CONCEALED_DESTROYED_OR_ALTERED_RECORDS("隐匿、销毁或者篡改账目、职工名册、工资支付记录、考勤记录等材料"),
    /** art. 2 (4): 以其他方法逃避支付劳动报酬. */
    OTHER_MEANS("以其他方法逃避支付劳动报酬");

    private final String label;

    EvasionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
