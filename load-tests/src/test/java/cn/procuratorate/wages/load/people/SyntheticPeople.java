package cn.procuratorate.wages.load.people;

import java.time.LocalDate;

/** Invented but valid personal data for load requests: GB 11643 resident ID numbers and mobile numbers. */
public final class SyntheticPeople {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private SyntheticPeople() {
    }

    /** The {@code n}-th person of region 110105: born between 1960 and 2000, with the right check character. */
    public static String residentId(long n) {
        LocalDate born = LocalDate.of(1960, 1, 1).plusDays(n % 14_600);
        String digits = "110105" + born.toString().replace("-", "") + String.format("%03d", n / 14_600 % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return digits + CHECK.charAt(sum % 11);
    }

    /** A mobile number (1[3-9] and 9 digits) of the {@code n}-th person. */
    public static String mobile(long n) {
        return "139" + String.format("%08d", n % 100_000_000);
    }

    /** A documentation address (RFC 5737 does not have enough; 10/8 is private) of the {@code n}-th client. */
    public static String clientAddress(long n) {
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }
}
