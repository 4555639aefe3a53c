package cn.procuratorate.wages.cases.casefile;

import java.math.BigDecimal;

/** Conversions between the API's and rules' yuan (2 decimals) and the stored integer fen. */
final class Fen {

    private Fen() {
    }

    static long of(BigDecimal yuan) {
        return yuan.movePointRight(2).longValueExact();
    }

    static BigDecimal toYuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }
}
