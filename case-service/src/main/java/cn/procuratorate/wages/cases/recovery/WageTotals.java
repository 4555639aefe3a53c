package cn.procuratorate.wages.cases.recovery;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Wages owed and recovered over any number of cases, summed in integer fen as the cases store them, so a total of
 * many amounts with fen is exact; shown in yuan with 2 decimals and the rate as {@link RecoveryLedger} gives it.
 */
public record WageTotals(long owedFen, long recoveredFen) {

    public static final WageTotals NONE = new WageTotals(0, 0);

    public WageTotals plus(WageTotals other) {
        return new WageTotals(Math.addExact(owedFen, other.owedFen), Math.addExact(recoveredFen, other.recoveredFen));
    }

    public BigDecimal owed() {
        return BigDecimal.valueOf(owedFen, Money.SCALE);
    }

    public BigDecimal recovered() {
        return BigDecimal.valueOf(recoveredFen, Money.SCALE);
    }

    public BigDecimal outstanding() {
        return BigDecimal.valueOf(owedFen - recoveredFen, Money.SCALE);
    }

    /** Recovered over owed, 4 decimals half up; 0.0000 when nothing is owed. */
    public BigDecimal recoveryRate() {
        return owedFen == 0 ? BigDecimal.ZERO.setScale(RecoveryLedger.RATE_SCALE)
                : BigDecimal.valueOf(recoveredFen).divide(BigDecimal.valueOf(owedFen), RecoveryLedger.RATE_SCALE,
                        RoundingMode.HALF_UP);
    }
}
