package cn.procuratorate.wages.outreach.suggestions;

import java.time.LocalDate;

/**
 * The recipient's written reply: when it arrived, what it says, whether the suggestion was adopted, and the reasons
 * given for not adopting it (in full or in part).
 */
public record Reply(LocalDate receivedOn, String text, Adoption adoption, String reasons) {

    public enum Adoption {
        ADOPTED("采纳"), PARTLY_ADOPTED("部分采纳"), NOT_ADOPTED("不予采纳");

        private final String label;

        Adoption(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A reply that says nothing (敷衍回复): no text at all. */
    public boolean saysNothing() {
        return text == null || text.isBlank();
    }

    /** Not adopted, in full or in part, and no reason given why. */
    public boolean refusesWithoutReasons() {
        return adoption != Adoption.ADOPTED && (reasons == null || reasons.isBlank());
    }
}
