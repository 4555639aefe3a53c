package cn.procuratorate.wages.cases.assessment;

/** Whether the recorded facts meet the three conditions of the crime (Criminal Law 276-1 para. 1). */
public enum Outcome {
    MEETS_ALL_CONDITIONS("符合拒不支付劳动报酬罪的全部构成条件"),
    NOT_MET("不符合拒不支付劳动报酬罪的构成条件"),
    UNDETERMINED("尚不能确定是否符合构成条件");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
