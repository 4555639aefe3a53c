package cn.procuratorate.wages.outreach.campaign;

/** The bodies a procuratorate runs legal publicity with (SPP notice of December 2021: coordination). */
public enum PartnerAgency {
    HRSS("人力资源社会保障部门"),
    HOUSING("住房城乡建设部门"),
    TRANSPORT("交通运输部门"),
    WATER("水利部门"),
    PUBLIC_SECURITY("公安机关"),
    COURT("人民法院"),
    JUSTICE("司法行政机关"),
    TRADE_UNION("工会"),
    OTHER("其他");

    private final String label;

    PartnerAgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
