package cn.procuratorate.wages.petitions.statistics;

/**
 * What petition figures are grouped by. Each group's key is the value of a stored field, the month of receipt, or
 * (employers) the employer as {@link EmployerGroups} recognises it.
 */
enum GroupBy {
    /** The industry code as registered (GB/T 4754-2017, e.g. {@code E4710}); null for online petitions. */
    INDUSTRY("industryCode"),
    /** The 6-digit region code of the petition (GB/T 2260). */
    REGION("regionCode"),
    /** The employer's credit code when known, else its normalised name; null when the petition names none. */
    EMPLOYER(null),
    /** The China calendar month of receipt, {@code 2026-03}: computed from {@code receivedAt}, not stored. */
    MONTH(null),
    CHANNEL("channel"),
    STAGE("stage");

    private final String field;

    GroupBy(String field) {
        this.field = field;
    }

    /** The stored field whose value is the key; null for {@link #EMPLOYER} and {@link #MONTH}. */
    String field() {
        return field;
    }
}
