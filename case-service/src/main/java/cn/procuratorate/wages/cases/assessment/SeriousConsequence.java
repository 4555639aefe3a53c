package cn.procuratorate.wages.cases.assessment;

/** The serious consequences of 法释〔2013〕3号 art. 5 (造成严重后果), which raise the band to 3–7 years. */
public enum SeriousConsequence {
    /** art. 5 (1): the basic living of a worker or a dependant seriously affected. */
    BASIC_LIVING_SERIOUSLY_AFFECTED("劳动者或者其被赡养人、被扶养人、被抚养人的基本生活受到严重影响"),
    /** art. 5 (1): a major illness not treated in time. */
    MAJOR_ILLNESS_UNTREATED("劳动者或者其被赡养人、被扶养人、被抚养人重大疾病无法及时医治"),
    /** art. 5 (1): a child out of school. */
    CHILD_OUT_OF_SCHOOL("劳动者或者其被赡养人、被扶养人、被抚养人失学"),
    /** art. 5 (2): violence or threats of violence against workers asking for their pay. */
    VIOLENCE_OR_THREATS("对要求支付劳动报酬的劳动者使用暴力或者以暴力相威胁"),
    /** art. 5 (3): other serious consequences. */
    OTHER("造成其他严重后果");

    private final String label;

    SeriousConsequence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
