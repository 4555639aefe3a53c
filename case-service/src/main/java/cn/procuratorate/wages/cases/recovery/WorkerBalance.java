package cn.procuratorate.wages.cases.recovery;

import java.math.BigDecimal;

/**
 * One worker's position in the ledger.
 *
 * @param rate recovered / owed, 4 decimals (0.0000 when nothing is owed)
 */
public record WorkerBalance(String workerId, BigDecimal owed, BigDecimal recovered, BigDecimal outstanding,
        BigDecimal rate) {
}
