package cn.procuratorate.wages.cases.assessment;

/** The statutory sentence band of Criminal Law 276-1 para. 1 (labels only: nothing is computed from the years). */
public enum SentenceBand {
    /** The conditions of the crime are not (or not yet) all met. */
    NOT_APPLICABLE("不适用"),
    /** 处三年以下有期徒刑或者拘役，并处或者单处罚金. */
    UP_TO_THREE_YEARS("三年以下有期徒刑或者拘役，并处或者单处罚金"),
    /** 造成严重后果的，处三年以上七年以下有期徒刑，并处罚金. */
    THREE_TO_SEVEN_YEARS("三年以上七年以下有期徒刑，并处罚金");

    private final String label;

    SentenceBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
