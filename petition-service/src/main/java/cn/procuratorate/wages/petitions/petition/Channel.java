package cn.procuratorate.wages.petitions.petition;

/** How a petition reached the procuratorate. */
public enum Channel {
    LETTER("来信"),
    VISIT("来访"),
    HOTLINE_12309("12309 热线"),
    ONLINE("网上提交"),
    PARTNER_REFERRAL("协作单位移送");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
