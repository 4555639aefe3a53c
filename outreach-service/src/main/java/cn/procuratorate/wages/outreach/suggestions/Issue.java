package cn.procuratorate.wages.outreach.suggestions;

import java.time.LocalDate;

/**
 * How a suggestion was issued and delivered, and the day its written reply is due (counted from delivery).
 *
 * @param documentNumber the suggestion's document number (文号), when it has one
 * @param urgent         a shorter reply period was set because the matter is urgent
 */
public record Issue(LocalDate issuedOn, String documentNumber, Delivery delivery, LocalDate deliveredOn,
        boolean urgent, LocalDate replyDueOn) {

    /** Delivered as a document, or announced publicly to the recipient (公开宣告), which delivers it on the spot. */
    public enum Delivery {
        WRITTEN("书面送达"), PUBLIC_ANNOUNCEMENT("公开宣告送达");

        private final String label;

        Delivery(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
