package cn.procuratorate.wages.cases.recovery;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** Yuan with 2 decimals (fen), the only form amounts take in the ledger. */
final class Money {

    static final int SCALE = 2;
    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Money() {
    }

    /** Whether {@code amount} has no digit below the fen ({@code 1.50}, {@code 1.500} and {@code 1.5} do). */
    static boolean isFen(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= SCALE;
    }

    /** {@code amount} with exactly 2 decimals; any sign. */
    static BigDecimal requireFen(BigDecimal amount, String what) {
        Objects.requireNonNull(amount, what);
        if (!isFen(amount)) {
            throw new IllegalArgumentException(what + " must not have more than " + SCALE + " decimals");
        }
        return amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }
}
