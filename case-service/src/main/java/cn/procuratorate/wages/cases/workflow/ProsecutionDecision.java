package cn.procuratorate.wages.cases.workflow;

import java.time.LocalDate;

/**
 * The prosecution review's decision.
 *
 * @param reason for {@link Kind#NOT_PROSECUTE} only (required then); null for a prosecution
 * @param note   free text; required when the reason is {@link NonProsecutionReason#OTHER}
 */
public record ProsecutionDecision(Kind decision, NonProsecutionReason reason, String note, LocalDate decidedOn,
        String decidedBy) {

    public enum Kind {
        PROSECUTE("提起公诉"),
        NOT_PROSECUTE("不起诉");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum NonProsecutionReason {
        /**
         * Wages paid, with compensation, before prosecution: the penalty may be reduced or waived (Criminal Law
         * art. 276-1 para. 3), so the procuratorate may decide not to prosecute (CPL art. 177 para. 2).
         */
        WAGES_PAID_BEFORE_PROSECUTION("提起公诉前支付劳动报酬并依法承担赔偿责任"),
        /** 犯罪情节轻微 (酌定不起诉, CPL art. 177 para. 2). */
        MINOR_CIRCUMSTANCES("犯罪情节轻微，不需要判处刑罚或者免除刑罚"),
        /** 证据不足 (存疑不起诉, CPL art. 175 para. 4), e.g. after two rounds of supplementary investigation. */
        INSUFFICIENT_EVIDENCE("证据不足"),
        /** 没有犯罪事实或依法不追究刑事责任 (法定不起诉, CPL art. 177 para. 1). */
        NOT_A_CRIME("没有犯罪事实或依法不追究刑事责任"),
        OTHER("其他");

        private final String label;

        NonProsecutionReason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
