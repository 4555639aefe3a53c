package cn.procuratorate.wages.cases.workflow;

import java.time.LocalDate;

/** The outcome of a supervision review. Which outcomes a case type may have is in {@link SupervisionRules}. */
public record SupervisionDecision(Outcome outcome, String reason, LocalDate decidedOn, String decidedBy) {

    public enum Outcome {
        /** 再审检察建议 to the court of the same level. */
        RETRIAL_SUGGESTION("再审检察建议", true),
        /** 抗诉, or 提请抗诉 by the higher procuratorate (a basic-level one cannot protest to its own court). */
        PROTEST("抗诉或提请抗诉", true),
        /** 检察建议, e.g. on enforcement or on a judge's unlawful conduct. */
        PROCURATORIAL_SUGGESTION("检察建议", true),
        /** 不支持监督申请. */
        NO_SUPERVISION("不支持监督申请", false);

        private final String label;
        private final boolean expectsCourtResponse;

        Outcome(String label, boolean expectsCourtResponse) {
            this.label = label;
            this.expectsCourtResponse = expectsCourtResponse;
        }

        public String label() {
            return label;
        }

        /** Whether the court is expected to respond (reply to the suggestion, rule on the protest). */
        public boolean expectsCourtResponse() {
            return expectsCourtResponse;
        }
    }
}
