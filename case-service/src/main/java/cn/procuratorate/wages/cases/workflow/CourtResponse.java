package cn.procuratorate.wages.cases.workflow;

import java.time.LocalDate;

/** The court's response to a suggestion or protest. */
public record CourtResponse(Kind kind, String summary, LocalDate recordedOn) {

    public enum Kind {
        /** 采纳 (for a protest: the court ordered a retrial). */
        ADOPTED("采纳"),
        PARTLY_ADOPTED("部分采纳"),
        NOT_ADOPTED("不采纳");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
