package cn.procuratorate.wages.outreach.materials;

/** Whom legal publicity speaks to: a campaign, or a material written for them. */
public enum Audience {
    EMPLOYERS("用人单位"), WORKERS("农民工"), BOTH("用人单位和农民工");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
