package cn.procuratorate.wages.outreach.suggestions;

import java.time.LocalDate;

/**
 * A report or notice to someone above the recipient because it did not answer, or answered with nothing: the 2019
 * rules let the procuratorate, by the chief procurator's decision, report to the procuratorate above and notify the
 * recipient's superior, and where needed the Party committee, people's congress, government or discipline commission
 * at the same level.
 *
 * @param toWhom the body it went to, by name
 * @param ground why it was allowed, as {@link EscalationRule} found on {@code escalatedOn}
 * @param by     who recorded it
 */
public record Escalation(LocalDate escalatedOn, Target target, String toWhom, String reason, Ground ground,
        String by) {

    public enum Target {
        SUPERIOR_PROCURATORATE("上级人民检察院"),
        RECIPIENT_SUPERIOR("被建议单位的上级机关或主管部门"),
        PARTY_COMMITTEE("同级党委"),
        PEOPLES_CONGRESS("同级人大"),
        GOVERNMENT("同级人民政府"),
        DISCIPLINE_COMMISSION("纪检监察机关");

        private final String label;

        Target(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Ground {
        REPLY_OVERDUE("逾期未回复"),
        REPLY_SAYS_NOTHING("回复无实质内容"),
        NOT_ADOPTED_WITHOUT_REASONS("不予采纳且未说明理由");

        private final String label;

        Ground(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
