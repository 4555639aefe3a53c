package cn.procuratorate.wages.common.identifiers;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An administrative division code (行政区划代码, GB/T 2260): 6 digits, province (2), prefecture (2), county (2);
 * {@code 210000} is Liaoning province, {@code 210100} Shenyang, {@code 210102} a district of Shenyang.
 *
 * <p>Checked: 6 digits whose first two are one of the 34 province-level codes (a list that has not changed since 1997).
 * Not checked: that the prefecture or county exists, since records keep the codes of divisions that were retired or
 * renamed (a resident ID keeps its birth-place code for life).
 */
public final class RegionCode implements Comparable<RegionCode> {

    public static final int LENGTH = 6;
    /** GB/T 2260: the province-level divisions (省级行政区) and their codes. */
    private static final Map<String, String> PROVINCES = Map.ofEntries(
            Map.entry("11", "北京市"), Map.entry("12", "天津市"), Map.entry("13", "河北省"),
            Map.entry("14", "山西省"), Map.entry("15", "内蒙古自治区"),
            Map.entry("21", "辽宁省"), Map.entry("22", "吉林省"), Map.entry("23", "黑龙江省"),
            Map.entry("31", "上海市"), Map.entry("32", "江苏省"), Map.entry("33", "浙江省"),
            Map.entry("34", "安徽省"), Map.entry("35", "福建省"), Map.entry("36", "江西省"),
            Map.entry("37", "山东省"),
            Map.entry("41", "河南省"), Map.entry("42", "湖北省"), Map.entry("43", "湖南省"),
            Map.entry("44", "广东省"), Map.entry("45", "广西壮族自治区"), Map.entry("46", "海南省"),
            Map.entry("50", "重庆市"), Map.entry("51", "四川省"), Map.entry("52", "贵州省"),
            Map.entry("53", "云南省"), Map.entry("54", "西藏自治区"),
            Map.entry("61", "陕西省"), Map.entry("62", "甘肃省"), Map.entry("63", "青海省"),
            Map.entry("64", "宁夏回族自治区"), Map.entry("65", "新疆维吾尔自治区"),
            Map.entry("71", "台湾省"), Map.entry("81", "香港特别行政区"), Map.entry("82", "澳门特别行政区"));
    private static final Pattern SHAPE = Pattern.compile("\\d{6}");
    private static final String PROVINCE_SUFFIX = "0000";

    private final String value;

    private RegionCode(String value) {
        this.value = value;
    }

    /**
     * The valid code in {@code raw} (surrounding blanks ignored).
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static RegionCode of(String raw) {
        String normalised = normalise(raw);
        if (normalised == null || !SHAPE.matcher(normalised).matches()) {
            throw new IllegalArgumentException("Invalid administrative division code (GB/T 2260): expected 6 digits");
        }
        if (!isValidProvinceCode(normalised.substring(0, 2))) {
            throw new IllegalArgumentException("Invalid administrative division code (GB/T 2260): "
                    + normalised.substring(0, 2) + " is not a province-level code");
        }
        return new RegionCode(normalised);
    }

    /** The valid code in {@code raw}, if it is one. */
    public static Optional<RegionCode> parse(String raw) {
        return isValid(raw) ? Optional.of(new RegionCode(normalise(raw))) : Optional.empty();
    }

    /** Whether {@code raw} is a valid code once trimmed; {@code null} is not. */
    public static boolean isValid(String raw) {
        String normalised = normalise(raw);
        return normalised != null && SHAPE.matcher(normalised).matches()
                && isValidProvinceCode(normalised.substring(0, 2));
    }

    /** Whether {@code twoDigits} is the code of a province-level division ({@code 21}, {@code 50}, ...). */
    public static boolean isValidProvinceCode(String twoDigits) {
        return twoDigits != null && PROVINCES.containsKey(twoDigits);
    }

    /** The name of a province-level division by its 2-digit code, if there is one. */
    public static Optional<String> provinceName(String provinceCode) {
        return Optional.ofNullable(provinceCode == null ? null : PROVINCES.get(provinceCode));
    }

    /** Trimmed; {@code null} stays {@code null}. */
    public static String normalise(String raw) {
        return raw == null ? null : raw.strip();
    }

    public String value() {
        return value;
    }

    /** The 2-digit province code ({@code 21}). */
    public String provinceCode() {
        return value.substring(0, 2);
    }

    /** The province this division lies in ({@code 210102} → {@code 210000}). */
    public RegionCode province() {
        return isProvince() ? this : new RegionCode(provinceCode() + PROVINCE_SUFFIX);
    }

    /** Whether this is the code of a province-level division itself ({@code xx0000}). */
    public boolean isProvince() {
        return value.endsWith(PROVINCE_SUFFIX);
    }

    /** The province's name ({@code 辽宁省}). */
    public String provinceName() {
        return PROVINCES.get(provinceCode());
    }

    @Override
    public int compareTo(RegionCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegionCode that && value.equals(that.value);
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
