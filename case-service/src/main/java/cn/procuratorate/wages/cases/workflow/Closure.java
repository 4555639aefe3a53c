package cn.procuratorate.wages.cases.workflow;

import java.time.LocalDate;

/** How and when a case was closed. */
public record Closure(Kind kind, String reason, LocalDate closedOn, String closedBy) {

    public enum Kind {
        /** Concluded after its decision ({@link Action#CLOSE}). */
        CONCLUDED("办结"),
        /** Withdrawn by the applicant, or dropped by the police ({@link Action#WITHDRAW}). */
        WITHDRAWN("撤回"),
        /** Not accepted or not supported by the procuratorate ({@link Action#DECLINE}). */
        DECLINED("不予受理或不予支持");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
