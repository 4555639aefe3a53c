package cn.procuratorate.wages.system;

import java.time.LocalDate;

/** Valid identifiers of invented people, distinct per number given, for tests that count what was stored. */
final class People {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private People() {
    }

    /** A GB 11643 number of region 110105 with its check character; a different one for each {@code n} (0–9,999,999). */
    static String residentId(LocalDate firstBirthday, int n) {
        LocalDate born = firstBirthday.plusDays(n / 1000);
        String digits = "110105" + born.toString().replace("-", "") + String.format("%03d", n % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return digits + "10X98765432".charAt(sum % 11);
    }

    /** A mainland mobile number, different for each {@code n} below 100,000,000. */
    static String phone(int n) {
        return String.format("139%08d", n);
    }
}
