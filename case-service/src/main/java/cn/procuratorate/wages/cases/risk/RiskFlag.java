package cn.procuratorate.wages.cases.risk;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One sign found.
 *
 * @param kind            what was found
 * @param code            stable ({@link RiskFlagKind#code()})
 * @param weight          what it adds to the score
 * @param explanation     in Chinese, with the numbers (never a resident ID or its hash)
 * @param evidenceCaseIds the cases that show it (the subject case itself for signs within it)
 * @param claimantHashes  the claimants concerned (keyed hashes), for the prosecutor to look up
 * @param params          the numbers the explanation names, in a stable order
 */
public record RiskFlag(RiskFlagKind kind, String code, int weight, String explanation, List<String> evidenceCaseIds,
        List<String> claimantHashes, Map<String, String> params) {

    public RiskFlag {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(explanation, "explanation");
        evidenceCaseIds = List.copyOf(evidenceCaseIds);
        claimantHashes = List.copyOf(claimantHashes);
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }
}
