package cn.procuratorate.wages.cases.workflow;

import java.time.LocalDate;

/**
 * The arrest review's decision. Under 少捕慎诉慎押 a refusal to arrest for lack of necessity is the default reason.
 *
 * @param reason for {@link Kind#NO_ARREST} only; null for an arrest
 * @param note   free text; required when the reason is {@link NonArrestReason#OTHER}
 */
public record ArrestDecision(Kind decision, NonArrestReason reason, String note, LocalDate decidedOn,
        String decidedBy) {

    public enum Kind {
        ARREST("批准逮捕"),
        NO_ARREST("不批准逮捕");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum NonArrestReason {
        /** 无社会危险性，无逮捕必要: the default under 少捕慎诉慎押 (CPL art. 81). */
        NO_NECESSITY("无逮捕必要"),
        /** 证据不足 (存疑不捕). */
        INSUFFICIENT_EVIDENCE("证据不足"),
        /** 不构成犯罪或者依法不应追究刑事责任 (绝对不捕). */
        NOT_A_CRIME("不构成犯罪或依法不追究刑事责任"),
        OTHER("其他");

        private final String label;

        NonArrestReason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
