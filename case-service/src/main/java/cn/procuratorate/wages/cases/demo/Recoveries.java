package cn.procuratorate.wages.cases.demo;

import cn.procuratorate.wages.cases.demo.PlannedCase.PlannedWorker;
import cn.procuratorate.wages.cases.recovery.PaymentChannel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;

/** Wages paid back in a demo case: never more than a worker is owed, in fen. */
final class Recoveries {

    private final Random random;

    Recoveries(Random random) {
        this.random = random;
    }

    /** Every worker paid in full. */
    static List<BigDecimal> inFull(CaseDraft draft) {
        return draft.workers().stream().map(PlannedWorker::amountOwed).toList();
    }

    /** Each worker's amount times {@code share} (0–1), down to the fen: what a judgment or settlement awards. */
    static List<BigDecimal> shareOf(CaseDraft draft, BigDecimal share) {
        return draft.workers().stream()
                .map(w -> w.amountOwed().multiply(share).setScale(2, RoundingMode.DOWN)).toList();
    }

    static BigDecimal total(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** A share between {@code minPercent} and {@code maxPercent}, to two decimals. */
    BigDecimal share(int minPercent, int maxPercent) {
        return BigDecimal.valueOf(minPercent + random.nextInt(maxPercent - minPercent + 1), 2);
    }

    /** Part of what is due: some workers paid in full, some in part, some not yet. */
    List<BigDecimal> part(List<BigDecimal> due) {
        return due.stream().map(amount -> switch (random.nextInt(3)) {
            case 0 -> amount;
            case 1 -> amount.multiply(share(30, 80)).setScale(2, RoundingMode.DOWN);
            default -> BigDecimal.ZERO.setScale(2);
        }).toList();
    }

    /** Who paid: the employer, or on a construction project often the general contractor or the wage deposit. */
    PaymentChannel channel(CaseDraft draft) {
        if (!draft.hasGeneralContractor()) {
            return PaymentChannel.EMPLOYER;
        }
        int ticket = random.nextInt(10);
        return ticket < 4 ? PaymentChannel.EMPLOYER
                : ticket < 8 ? PaymentChannel.GENERAL_CONTRACTOR : PaymentChannel.WAGE_GUARANTEE_DEPOSIT;
    }
}
