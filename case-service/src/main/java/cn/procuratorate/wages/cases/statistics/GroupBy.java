package cn.procuratorate.wages.cases.statistics;

/** What case figures are grouped by; each group's key is the value of a stored field, or the month of registration. */
enum GroupBy {
    /** The industry code as registered (GB/T 4754-2017, e.g. {@code E4710}). */
    INDUSTRY("industryCode"),
    /** The 6-digit region code of the case (GB/T 2260). */
    REGION("regionCode"),
    /** The employer's unified social credit code; the key is null for employers without one (包工头). */
    EMPLOYER("employer.creditCode"),
    /** The China calendar month of registration, {@code 2026-03}: computed from {@code createdAt}, not stored. */
    MONTH(null),
    TYPE("type"),
    STAGE("stage");

    private final String field;

    GroupBy(String field) {
        this.field = field;
    }

    /** The stored field whose value is the key; null for {@link #MONTH}. */
    String field() {
        return field;
    }
}
