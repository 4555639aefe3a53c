package cn.procuratorate.wages.cases.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/** Amounts of money in yuan with 2 decimals (fen): checks and the form they take in explanations. */
final class Yuan {

    static final int SCALE = 2;

    private Yuan() {
    }

    /**
     * {@code amount} with exactly 2 decimals.
     *
     * @throws IllegalArgumentException if it is negative or has a non-zero digit below the fen
     */
    static BigDecimal requireAmount(BigDecimal amount, String what) {
        Objects.requireNonNull(amount, what);
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(what + " must not be negative");
        }
        if (amount.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException(what + " must not have more than " + SCALE + " decimals");
        }
        return amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** {@code 10,000.00元}. */
    static String format(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount) + "元";
    }

    /** {@code 10000.00}: the form of an amount in a reason's parameters. */
    static String plain(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.UNNECESSARY).toPlainString();
    }
}
