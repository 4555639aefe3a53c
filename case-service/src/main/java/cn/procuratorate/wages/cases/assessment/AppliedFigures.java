package cn.procuratorate.wages.cases.assessment;

import cn.procuratorate.wages.cases.assessment.ProvincialThresholds.Figures;
import cn.procuratorate.wages.cases.assessment.ProvincialThresholds.NationalRange;
import java.util.Objects;

/**
 * The figures an assessment used. With the region's own figures, {@code lowest} and {@code highest} are the same; for a
 * region without figures they are the two ends of the national range, and an amount between them is
 * {@link Finding#UNDETERMINED} (it depends on the figure the province fixed).
 *
 * @param source    where the figures come from
 * @param regionKey the key of the table that applied ({@code 21}, {@code 4401}), or the assessed region code when the
 *                  national range was used
 */
public record AppliedFigures(Source source, String regionKey, Figures lowest, Figures highest) {

    public enum Source {
        /** The region's own figures (a province, or a prefecture or county within it). */
        REGIONAL_FIGURES,
        /** No figures for the region: both ends of the national range of 法释〔2013〕3号 art. 3. */
        NATIONAL_RANGE
    }

    public AppliedFigures {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(regionKey, "regionKey");
        Objects.requireNonNull(lowest, "lowest");
        Objects.requireNonNull(highest, "highest");
    }

    static AppliedFigures fixed(String key, Figures figures) {
        return new AppliedFigures(Source.REGIONAL_FIGURES, key, figures, figures);
    }

    static AppliedFigures nationalRange(String regionCode, NationalRange range) {
        return new AppliedFigures(Source.NATIONAL_RANGE, regionCode, range.lowest(), range.highest());
    }

    public boolean isRange() {
        return source == Source.NATIONAL_RANGE;
    }
}
