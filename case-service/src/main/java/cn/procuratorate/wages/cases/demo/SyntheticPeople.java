package cn.procuratorate.wages.cases.demo;

import cn.procuratorate.wages.common.privacy.PhoneNumber;
import cn.procuratorate.wages.common.privacy.ResidentIdNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Invented migrant workers: common Chinese names, resident ID numbers with a valid check character (GB 11643-1999),
 * mobile numbers of the mainland's networks. Any resemblance to a real person is chance: nothing is looked up.
 */
final class SyntheticPeople {

    /** A worker as the demo cases name them. */
    record Person(String name, ResidentIdNumber residentId, PhoneNumber phone) {
    }

    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1960, 1, 1);
    static final LocalDate LATEST_BIRTH = LocalDate.of(2004, 12, 31);

    /** The commonest surnames, commonest first (picked with a bias to the front, as in the population). */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡";
    private static final List<String> MALE_NAMES = List.of("伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明",
            "刚", "平", "辉", "鹏", "华", "飞", "波", "建国", "建军", "志强", "海涛", "永刚", "国庆", "春生", "立新",
            "晓东", "文斌", "德明", "长江", "玉林");
    private static final List<String> FEMALE_NAMES = List.of("芳", "娟", "敏", "静", "丽", "艳", "霞", "燕", "玲",
            "萍", "红", "梅", "秀兰", "桂英", "玉兰", "丽娟", "海燕", "春梅", "晓红", "雪梅", "凤英", "金花");
    private static final List<String> MOBILE_PREFIXES = List.of("130", "131", "132", "133", "135", "136", "137",
            "138", "139", "150", "151", "152", "155", "156", "157", "158", "159", "166", "173", "176", "177", "180",
            "181", "182", "183", "185", "186", "187", "188", "189", "191", "198", "199");
    private static final String CHECK_CANDIDATES = "0123456789X";

    private final Random random;
    private final LocalDate today;

    SyntheticPeople(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
    }

    /** Most workers on building sites are men; catering and garment work employ many women. */
    Person next(boolean mostlyMen) {
        boolean male = random.nextInt(10) < (mostlyMen ? 9 : 5);
        String given = pick(male ? MALE_NAMES : FEMALE_NAMES);
        return new Person(surname() + given, residentId(male), mobile());
    }

    /** An anonymised reference to a person, as case titles and documents write it (王某某). */
    String anonymisedName() {
        return surname() + "某某";
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
     * The number whose check character the standard's validator accepts: {@link ResidentIdNumber} keeps its
     * computation to itself, and asking it keeps the rule in one place. Exactly one of the 11 candidates fits.
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
