package cn.procuratorate.wages.cases.assessment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One step of an assessment's reasoning.
 *
 * @param condition   what it is about
 * @param finding     what it found for that condition
 * @param code        stable, for a UI to translate ({@code amount.single-worker-threshold-met})
 * @param explanation in Chinese, with the figures and the article relied on
 * @param params      the values the explanation names (amounts as plain decimals), in a stable order
 */
public record Reason(Condition condition, Finding finding, String code, String explanation,
        Map<String, String> params) {

    public Reason {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(explanation, "explanation");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params == null ? Map.of() : params));
    }

    public boolean met() {
        return finding == Finding.MET;
    }
}
