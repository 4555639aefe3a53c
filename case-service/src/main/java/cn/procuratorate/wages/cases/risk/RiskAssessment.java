package cn.procuratorate.wages.cases.risk;

import java.util.List;
import java.util.Objects;

/**
 * The false-litigation risk of a case: a prompt to look closer, not a finding.
 *
 * @param score sum of the flags' weights, capped ({@link RiskThresholds#maxScore()})
 */
public record RiskAssessment(String caseId, int score, RiskLevel level, List<RiskFlag> flags) {

    public RiskAssessment {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(level, "level");
        flags = List.copyOf(flags);
    }

    public boolean has(RiskFlagKind kind) {
        return flags.stream().anyMatch(flag -> flag.kind() == kind);
    }

    public List<String> codes() {
        return flags.stream().map(RiskFlag::code).toList();
    }
}
