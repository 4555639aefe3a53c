package cn.procuratorate.wages.outreach.detection;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The systemic problems (普遍性、倾向性、苗头性问题) the detection looks for, in the order it lists them. */
public enum FindingKind {
    REPEAT_EMPLOYER("repeat-employer", "用人单位反复欠薪", List.of(Source.CASES, Source.PETITIONS)),
    RISING_ARREARS("rising-arrears", "行业或地区欠薪明显上升", List.of(Source.CASES, Source.PETITIONS)),
    /** Petitions do not record the general contractor: case figures only. */
    CONTRACTOR_CONCENTRATION("contractor-concentration", "总承包单位承建项目欠薪集中", List.of(Source.CASES)),
    SEASONAL_SURGE("seasonal-surge", "春节前欠薪集中", List.of(Source.CASES, Source.PETITIONS));

    private final String slug;
    private final String label;
    private final List<Source> sources;

    FindingKind(String slug, String label, List<Source> sources) {
        this.slug = slug;
        this.label = label;
        this.sources = sources;
    }

    /** The kind in a finding id: lower case and hyphens. */
    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    /** The sources whose figures this kind counts. */
    public List<Source> sources() {
        return sources;
    }

    static Optional<FindingKind> ofSlug(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
    }
}
