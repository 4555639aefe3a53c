package cn.procuratorate.wages.outreach.suggestions;

/**
 * Who a suggestion is addressed to (被建议单位): a department or a court, its sector and its region (GB/T 2260).
 * A retrial suggestion can only go to a court ({@link SuggestionWorkflow}).
 */
public record Recipient(Kind kind, String name, Sector sector, String regionCode) {

    public enum Kind {
        DEPARTMENT, COURT
    }

    /** The recipient's sector: the wage-supervising departments of 条例 art. 7, and the others suggestions reach. */
    public enum Sector {
        HRSS("人社"),
        HOUSING("住建"),
        TRANSPORT("交通运输"),
        WATER("水利"),
        PUBLIC_SECURITY("公安"),
        MARKET_REGULATION("市场监管"),
        COURT("法院"),
        OTHER("其他");

        private final String label;

        Sector(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
