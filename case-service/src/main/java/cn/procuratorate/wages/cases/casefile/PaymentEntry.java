package cn.procuratorate.wages.cases.casefile;

import cn.procuratorate.wages.cases.recovery.PaymentChannel;
import java.time.Instant;
import java.time.LocalDate;

/** A recorded payment as stored: integer fen (sums in the database stay exact), and who recorded it when. */
public record PaymentEntry(String workerId, long amountFen, LocalDate paidOn, PaymentChannel channel,
        String recordedBy, Instant recordedAt) {
}
