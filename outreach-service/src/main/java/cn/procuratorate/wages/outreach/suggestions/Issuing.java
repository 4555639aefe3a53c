package cn.procuratorate.wages.outreach.suggestions;

import java.time.LocalDate;

/**
 * The order to issue a suggestion. {@code deliveredOn} absent: delivered the day it is issued. {@code replyWithinDays}
 * only for an urgent one; absent there: the configured urgent period ({@link ReplyPeriods}).
 */
public record Issuing(LocalDate issuedOn, String documentNumber, Issue.Delivery delivery, LocalDate deliveredOn,
        boolean urgent, Integer replyWithinDays) {
}
