package cn.procuratorate.wages.outreach.suggestions;

/** The five kinds of procuratorial suggestion (人民检察院检察建议工作规定, 2019). */
public enum SuggestionKind {
    RETRIAL("再审检察建议"),
    CORRECT_ILLEGALITY("纠正违法检察建议"),
    PUBLIC_INTEREST("公益诉讼检察建议"),
    SOCIAL_GOVERNANCE("社会治理检察建议"),
    OTHER("其他检察建议");

    private final String label;

    SuggestionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
