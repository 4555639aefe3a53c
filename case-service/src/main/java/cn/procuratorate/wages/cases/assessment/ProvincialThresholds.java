package cn.procuratorate.wages.cases.assessment;

import cn.procuratorate.wages.common.identifiers.RegionCode;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The figures of "a relatively large amount" (数额较大) of the crime of refusing to pay labour remuneration, per region.
 *
 * <p>法释〔2013〕3号 art. 3 sets a national range (one worker: ¥5,000–20,000; ten or more workers: ¥30,000–100,000)
 * and lets each province's High People's Court fix its own figures within it. Some provinces fix different figures for
 * parts of their territory (Guangdong, 粤高法发〔2015〕4号: Guangzhou, Shenzhen and four other cities 20,000/100,000, the
 * rest 10,000/60,000; Hubei: lower figures in poverty counties), so a key of the table is a GB/T 2260 prefix of 2
 * (province), 4 (prefecture) or 6 digits (county), and the longest key that a region code starts with applies.
 *
 * <p>A region without figures in the table is judged against both ends of the national range: see
 * {@link AppliedFigures} and {@link ThresholdAssessment}.
 */
public final class ProvincialThresholds {

    /** The two figures of a region: one worker owed at least the minimum months, and ten or more workers in total. */
    public record Figures(BigDecimal perWorker, BigDecimal total) {
        public Figures {
            perWorker = Yuan.requireAmount(perWorker, "perWorker");
            total = Yuan.requireAmount(total, "total");
            if (perWorker.signum() == 0 || total.signum() == 0) {
                throw new IllegalArgumentException("Threshold figures must be positive");
            }
        }

        public static Figures of(String perWorker, String total) {
            return new Figures(new BigDecimal(perWorker), new BigDecimal(total));
        }
    }

    /** The national range within which every region's figures must lie. */
    public record NationalRange(Figures lowest, Figures highest) {
        public NationalRange {
            Objects.requireNonNull(lowest, "lowest");
            Objects.requireNonNull(highest, "highest");
            if (lowest.perWorker().compareTo(highest.perWorker()) > 0
                    || lowest.total().compareTo(highest.total()) > 0) {
                throw new IllegalArgumentException("The lowest figures of the national range exceed the highest");
            }
        }

        public boolean contains(Figures figures) {
            return within(figures.perWorker(), lowest.perWorker(), highest.perWorker())
                    && within(figures.total(), lowest.total(), highest.total());
        }

        private static boolean within(BigDecimal value, BigDecimal low, BigDecimal high) {
            return value.compareTo(low) >= 0 && value.compareTo(high) <= 0;
        }
    }

    /** 法释〔2013〕3号 art. 3: one worker ¥5,000 to ¥20,000; ten or more workers ¥30,000 to ¥100,000. */
    public static final NationalRange NATIONAL_RANGE =
            new NationalRange(Figures.of("5000", "30000"), Figures.of("20000", "100000"));

    /**
     * Provincial figures fixed under 法释〔2013〕3号 art. 3 para. 2 (DOMAIN.md): Liaoning (辽宁省高院、省检察院、公安厅
     * notice of 2013-05-28), Guizhou (黔高法〔2013〕230号), Henan (河南省高院 规定, 2013), Chongqing (重庆市高院 notice,
     * 2013–14; figures as given in DOMAIN.md, to be checked against the notice).
     */
    public static final Map<String, Figures> DEFAULT_FIGURES = Map.of(
            "21", Figures.of("10000", "50000"),   // 辽宁
            "52", Figures.of("10000", "50000"),   // 贵州
            "41", Figures.of("8000", "40000"),    // 河南
            "50", Figures.of("10000", "60000"));  // 重庆

    private static final Pattern KEY = Pattern.compile("\\d{2}(\\d{2}(\\d{2})?)?");
    private static final ProvincialThresholds DEFAULTS = new ProvincialThresholds(NATIONAL_RANGE, DEFAULT_FIGURES);

    private final NationalRange nationalRange;
    private final Map<String, Figures> figures;

    /**
     * @param nationalRange the range every region's figures must lie in
     * @param figures       by GB/T 2260 prefix of 2, 4 or 6 digits (the first two a province-level code)
     * @throws IllegalArgumentException naming the key whose figures are malformed or outside the national range
     */
    public ProvincialThresholds(NationalRange nationalRange, Map<String, Figures> figures) {
        this.nationalRange = Objects.requireNonNull(nationalRange, "nationalRange");
        Map<String, Figures> copy = new TreeMap<>();
        Objects.requireNonNull(figures, "figures").forEach((key, value) -> {
            if (key == null || !KEY.matcher(key).matches() || !RegionCode.isValidProvinceCode(key.substring(0, 2))) {
                throw new IllegalArgumentException("Threshold region '" + key
                        + "' is not a GB/T 2260 prefix of 2, 4 or 6 digits starting with a province code");
            }
            Objects.requireNonNull(value, () -> "figures of " + key);
            if (!nationalRange.contains(value)) {
                throw new IllegalArgumentException("Threshold figures of " + key + " (per worker " + Yuan.plain(
                        value.perWorker()) + ", total " + Yuan.plain(value.total())
                        + ") lie outside the national range (per worker " + Yuan.plain(nationalRange.lowest()
                        .perWorker()) + "-" + Yuan.plain(nationalRange.highest().perWorker()) + ", total "
                        + Yuan.plain(nationalRange.lowest().total()) + "-"
                        + Yuan.plain(nationalRange.highest().total()) + ", 法释〔2013〕3号 art. 3)");
            }
            copy.put(key, value);
        });
        this.figures = Collections.unmodifiableMap(copy);
    }

    /** The national range of 法释〔2013〕3号 and the provincial figures of {@link #DEFAULT_FIGURES}. */
    public static ProvincialThresholds defaults() {
        return DEFAULTS;
    }

    /** These figures with {@code overrides} added or replacing entries of the same key. */
    public ProvincialThresholds withOverrides(Map<String, Figures> overrides) {
        Map<String, Figures> merged = new TreeMap<>(figures);
        merged.putAll(Objects.requireNonNull(overrides, "overrides"));
        return new ProvincialThresholds(nationalRange, merged);
    }

    /** The key of the table that applies to {@code regionCode} (the longest prefix of it), if any. */
    public Optional<String> keyFor(String regionCode) {
        Objects.requireNonNull(regionCode, "regionCode");
        for (int length = Math.min(regionCode.length(), 6); length >= 2; length -= 2) {
            String key = regionCode.substring(0, length);
            if (figures.containsKey(key)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    /** The figures fixed for {@code regionCode} (2, 4 or 6 digits), if the table has them. */
    public Optional<Figures> figuresFor(String regionCode) {
        return keyFor(regionCode).map(figures::get);
    }

    /** The figures to judge {@code regionCode} by: its own, or both ends of the national range. */
    public AppliedFigures applicableTo(String regionCode) {
        return keyFor(regionCode)
                .map(key -> AppliedFigures.fixed(key, figures.get(key)))
                .orElseGet(() -> AppliedFigures.nationalRange(regionCode, nationalRange));
    }

    public NationalRange nationalRange() {
        return nationalRange;
    }

    /** The table, by key in ascending order. */
    public Map<String, Figures> figures() {
        return figures;
    }
}
