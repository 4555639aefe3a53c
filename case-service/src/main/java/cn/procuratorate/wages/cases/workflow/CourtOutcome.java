package cn.procuratorate.wages.cases.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How the supported lawsuit ended.
 *
 * @param amountAwarded yuan, at most 2 decimals; required when won, partly won or settled, zero otherwise
 */
public record CourtOutcome(Kind outcome, BigDecimal amountAwarded, String note, LocalDate recordedOn) {

    public enum Kind {
        WON("胜诉", true),
        PARTLY_WON("部分胜诉", true),
        LOST("败诉", false),
        SETTLED("调解或和解", true),
        WITHDRAWN("撤诉", false);

        private final String label;
        private final boolean awardsAmount;

        Kind(String label, boolean awardsAmount) {
            this.label = label;
            this.awardsAmount = awardsAmount;
        }

        public String label() {
            return label;
        }

        /** Whether this outcome comes with an amount the worker is owed (a judgment or a settlement). */
        public boolean awardsAmount() {
            return awardsAmount;
        }
    }
}
