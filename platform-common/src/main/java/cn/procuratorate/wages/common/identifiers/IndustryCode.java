package cn.procuratorate.wages.common.identifiers;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An industry of the national economic classification (国民经济行业分类, GB/T 4754-2017): a section letter A–T,
 * optionally followed by the 2-digit division, the 3-digit group or the 4-digit class ({@code E}, {@code E47},
 * {@code E481}, {@code E4812}, {@code G54}).
 *
 * <p>Checked: the shape (a single digit after the letter is no level of the standard and is refused) and that the
 * division belongs to the section ({@code E54} is refused: division 54 is in section G). Not checked: that a group or
 * class exists (the standard's full list of some 1,380 classes is not kept here).
 */
public final class IndustryCode implements Comparable<IndustryCode> {

    /** What is wrong with a candidate code. */
    public enum Defect {
        /** Not a letter A–T followed by nothing, 2, 3 or 4 digits. */
        FORMAT,
        /** The division (digits 1–2) is not one of the section's divisions. */
        DIVISION_OUTSIDE_SECTION
    }

    /** The level of detail a code has. */
    public enum Level {
        SECTION, DIVISION, GROUP, CLASS
    }

    /** A section's divisions: {@code first..last} inclusive. */
    private record Divisions(int first, int last) {
        boolean contains(int division) {
            return division >= first && division <= last;
        }
    }

    /** GB/T 4754-2017, the sections (门类) A–T and the divisions (大类) 01–97 each one holds. */
    private static final Map<Character, Divisions> SECTIONS = Map.ofEntries(
            Map.entry('A', new Divisions(1, 5)),     // 农、林、牧、渔业
            Map.entry('B', new Divisions(6, 12)),    // 采矿业
            Map.entry('C', new Divisions(13, 43)),   // 制造业
            Map.entry('D', new Divisions(44, 46)),   // 电力、热力、燃气及水生产和供应业
            Map.entry('E', new Divisions(47, 50)),   // 建筑业
            Map.entry('F', new Divisions(51, 52)),   // 批发和零售业
            Map.entry('G', new Divisions(53, 60)),   // 交通运输、仓储和邮政业
            Map.entry('H', new Divisions(61, 62)),   // 住宿和餐饮业
            Map.entry('I', new Divisions(63, 65)),   // 信息传输、软件和信息技术服务业
            Map.entry('J', new Divisions(66, 69)),   // 金融业
            Map.entry('K', new Divisions(70, 70)),   // 房地产业
            Map.entry('L', new Divisions(71, 72)),   // 租赁和商务服务业
            Map.entry('M', new Divisions(73, 75)),   // 科学研究和技术服务业
            Map.entry('N', new Divisions(76, 79)),   // 水利、环境和公共设施管理业
            Map.entry('O', new Divisions(80, 82)),   // 居民服务、修理和其他服务业
            Map.entry('P', new Divisions(83, 83)),   // 教育
            Map.entry('Q', new Divisions(84, 85)),   // 卫生和社会工作
            Map.entry('R', new Divisions(86, 90)),   // 文化、体育和娱乐业
            Map.entry('S', new Divisions(91, 96)),   // 公共管理、社会保障和社会组织
            Map.entry('T', new Divisions(97, 97)));  // 国际组织
    private static final Pattern SHAPE = Pattern.compile("([A-T])(\\d{2}\\d{0,2})?");

    private final String value;

    private IndustryCode(String value) {
        this.value = value;
    }

    /**
     * The valid code in {@code raw} (surrounding blanks ignored, lower case read as upper case).
     *
     * @throws IllegalArgumentException naming the defect
     */
    public static IndustryCode of(String raw) {
        String normalised = normalise(raw);
        Optional<Defect> defect = defectOf(normalised);
        if (defect.isPresent()) {
            throw new IllegalArgumentException(switch (defect.get()) {
                case FORMAT -> "Invalid industry code (GB/T 4754-2017): expected a section letter A-T followed by "
                        + "nothing or 2 to 4 digits, e.g. E or E4812";
                case DIVISION_OUTSIDE_SECTION -> "Invalid industry code (GB/T 4754-2017): division "
                        + normalised.substring(1, 3) + " does not belong to section " + normalised.charAt(0);
            });
        }
        return new IndustryCode(normalised);
    }

    /** The valid code in {@code raw}, if it is one. */
    public static Optional<IndustryCode> parse(String raw) {
        String normalised = normalise(raw);
        return defectOf(normalised).isPresent() ? Optional.empty() : Optional.of(new IndustryCode(normalised));
    }

    /** Whether {@code raw} is a valid code once normalised; {@code null} is not. */
    public static boolean isValid(String raw) {
        return defectOf(normalise(raw)).isEmpty();
    }

    /** Trimmed and upper-case; {@code null} stays {@code null}. */
    public static String normalise(String raw) {
        return raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
    }

    /** What is wrong with a normalised candidate, if anything. */
    public static Optional<Defect> defectOf(String normalised) {
        if (normalised == null) {
            return Optional.of(Defect.FORMAT);
        }
        Matcher matcher = SHAPE.matcher(normalised);
        if (!matcher.matches()) {
            return Optional.of(Defect.FORMAT);
        }
        if (matcher.group(2) != null) {
            int division = Integer.parseInt(matcher.group(2).substring(0, 2));
            if (!SECTIONS.get(normalised.charAt(0)).contains(division)) {
                return Optional.of(Defect.DIVISION_OUTSIDE_SECTION);
            }
        }
        return Optional.empty();
    }

    /** The code as written in the standard's tables, section letter first ({@code E4812}). */
    public String value() {
        return value;
    }

    /** The section letter (门类), e.g. {@code E}. */
    public String section() {
        return value.substring(0, 1);
    }

    /** The 2-digit division (大类), e.g. {@code 48}; empty for a section-only code. */
    public String division() {
        return value.length() >= 3 ? value.substring(1, 3) : "";
    }

    /** The 3-digit group (中类), e.g. {@code 481}; empty when the code stops above it. */
    public String group() {
        return value.length() >= 4 ? value.substring(1, 4) : "";
    }

    /** The 4-digit class (小类), e.g. {@code 4812}; empty when the code stops above it. */
    public String industryClass() {
        return value.length() == 5 ? value.substring(1) : "";
    }

    public Level level() {
        return switch (value.length()) {
            case 1 -> Level.SECTION;
            case 3 -> Level.DIVISION;
            case 4 -> Level.GROUP;
            default -> Level.CLASS;
        };
    }

    /** Whether this code is {@code other} or lies below it ({@code E4812} is within {@code E48} and {@code E}). */
    public boolean isWithin(IndustryCode other) {
        return value.startsWith(other.value);
    }

    /** The department supervising wage payment in this industry, by {@link IndustrySupervision#defaults()}. */
    public SupervisingDepartment supervisingDepartment() {
        return IndustrySupervision.defaults().departmentOf(this);
    }

    @Override
    public int compareTo(IndustryCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IndustryCode that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
