package cn.procuratorate.wages.cases.casefile;

import cn.procuratorate.wages.common.identifiers.UnifiedSocialCreditCode;
import cn.procuratorate.wages.common.privacy.PhoneNumber;
import cn.procuratorate.wages.common.privacy.ResidentIdNumber;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Made-up but valid identifiers for the benchmark's synthetic cases. Each one is checked by the platform's own
 * parser, so a seeded case holds nothing the API would have refused.
 */
final class SyntheticIdentities {

    private static final int[] RESIDENT_ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红";

    private SyntheticIdentities() {
    }

    /** A company's code (registered by 工商, kind 1 company): 91 + 6-digit region + 9-digit body + check. */
    static String creditCode(String regionCode, SplittableRandom random) {
        StringBuilder code = new StringBuilder("91").append(regionCode);
        for (int i = 0; i < 9; i++) {
            code.append(UnifiedSocialCreditCode.ALPHABET.charAt(random.nextInt(10)));
        }
        return UnifiedSocialCreditCode.of(code.append(UnifiedSocialCreditCode.checkCharacter(code)).toString())
                .value();
    }

    /** Born 1960–2004 in {@code areaCode}; the sequence's parity gives the sex, as on a real card. */
    static ResidentIdNumber residentId(String areaCode, SplittableRandom random, LocalDate today) {
        LocalDate born = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(45 * 365));
        String digits = areaCode + "%04d%02d%02d%03d".formatted(born.getYear(), born.getMonthValue(),
                born.getDayOfMonth(), random.nextInt(1000));
        int sum = 0;
        for (int i = 0; i < RESIDENT_ID_WEIGHTS.length; i++) {
            sum += (digits.charAt(i) - '0') * RESIDENT_ID_WEIGHTS[i];
        }
        return ResidentIdNumber.of(digits + "10X98765432".charAt(sum % 11), today);
    }

    static PhoneNumber mobile(SplittableRandom random) {
        return PhoneNumber.of("13" + random.nextInt(10) + "%08d".formatted(random.nextInt(100_000_000)));
    }

    static String personName(SplittableRandom random) {
        return "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + (random.nextBoolean() ? "" : String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))));
    }
}
