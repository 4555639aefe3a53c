package cn.procuratorate.wages.cases.workflow;

import java.time.LocalDate;

/** The outcome of a false-litigation investigation. */
public record FalseLitigationDecision(Outcome outcome, String reason, LocalDate decidedOn, String decidedBy) {

    public enum Outcome {
        /** Suspected crime of false litigation (Criminal Law art. 307-1): referred to the police. */
        REFERRED_TO_POLICE("移送公安机关"),
        /** A procuratorial suggestion (or retrial suggestion) to the court; the court replies in writing. */
        SUGGESTION_TO_COURT("向人民法院提出检察建议"),
        /** The flag or report was not borne out. */
        UNFOUNDED("线索不实");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
