package cn.procuratorate.wages.cases.risk;

/** How closely a case should be checked for false litigation, by score ({@link RiskThresholds}). */
public enum RiskLevel {
    LOW("低"),
    MEDIUM("中"),
    HIGH("高");

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
