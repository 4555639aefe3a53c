package cn.procuratorate.wages.petitions.demo;

import cn.procuratorate.wages.common.privacy.PhoneNumber;
import cn.procuratorate.wages.common.privacy.ResidentIdNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Invented migrant workers: common Chinese names, resident ID numbers with a valid GB 11643-1999 check character,
 * mainland mobile numbers. Any resemblance to a real person is chance: nothing is looked up.
 */
final class SyntheticPeople {

    record Person(String name, ResidentIdNumber residentId, PhoneNumber phone) {
    }

    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1962, 1, 1);
    static final LocalDate LATEST_BIRTH = LocalDate.of(2004, 12, 31);

    /** The commonest surnames, commonest first (picked with a bias to the front, as in the population). */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡";
    private static final List<String> MEN = List.of("伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "明", "刚", "平",
            "辉", "鹏", "华", "建国", "建军", "志强", "海涛", "永刚", "国庆", "春生", "立新", "德明", "长江", "玉林");
    private static final List<String> WOMEN = List.of("芳", "娟", "敏", "静", "丽", "艳", "霞", "燕", "玲", "萍",
            "红", "梅", "秀兰", "桂英", "玉兰", "海燕", "春梅", "晓红", "雪梅", "凤英");
    private static final List<String> MOBILE_PREFIXES = List.of("130", "131", "132", "135", "136", "137", "138",
            "139", "150", "151", "152", "155", "157", "158", "159", "176", "177", "180", "182", "183", "185", "186",
            "187", "188", "189", "199");
    private static final String CHECK_CANDIDATES = "0123456789X";

    private final Random random;
    private final LocalDate today;

    SyntheticPeople(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
    }

    /** Most workers on building sites are men; kitchens, garment shops and cleaning employ many women. */
    Person next(boolean mostlyMen) {
        boolean male = random.nextInt(10) < (mostlyMen ? 9 : 4);
        return new Person(surname() + pick(male ? MEN : WOMEN), residentId(male), mobile());
    }

    /** A boss as workers name them: a full name, for a gang boss (包工头) without a company. */
    String bossName() {
        return surname() + pick(MEN);
    }

    private String surname() {
        int index = random.nextInt(random.nextInt(SURNAMES.length()) + 1);
        return SURNAMES.substring(index, index + 1);
    }

    /** Home county, birth date, a sequence whose parity gives the sex (odd: male), and the check character. */
    private ResidentIdNumber residentId(boolean male) {
        long days = LATEST_BIRTH.toEpochDay() - EARLIEST_BIRTH.toEpochDay();
        LocalDate born = EARLIEST_BIRTH.plusDays((long) (random.nextDouble() * (days + 1)));
        int sequence = male ? random.nextInt(500) * 2 + 1 : (random.nextInt(499) + 1) * 2;
        String first17 = Regions.homeCounty(random) + born.toString().replace("-", "")
                + String.format("%03d", sequence);
        return withCheckCharacter(first17, today);
    }

    private PhoneNumber mobile() {
        return PhoneNumber.of(pick(MOBILE_PREFIXES) + String.format("%08d", random.nextInt(100_000_000)));
    }

    /**
     * The number whose GB 11643 check character the platform's own validator accepts: exactly one of the 11
     * candidates does, and asking the validator keeps the rule in one place.
     */
    static ResidentIdNumber withCheckCharacter(String first17, LocalDate today) {
        for (char candidate : CHECK_CANDIDATES.toCharArray()) {
            String number = first17 + candidate;
            if (ResidentIdNumber.defectOf(number, today).isEmpty()) {
                return ResidentIdNumber.of(number, today);
            }
        }
        throw new IllegalArgumentException("Not the first 17 digits of a resident ID number");
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
