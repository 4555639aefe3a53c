package cn.procuratorate.wages.outreach.detection;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * The findings of a period, and how complete they are. With one source unavailable the answer is partial: it says
 * which source is missing and why, its rules ran on the other source only, and a rule that needs the missing one
 * alone is named in {@code rulesNotRun}.
 *
 * @param unit the unit whose figures were read; null when a service read every unit
 */
public record FindingsAnswer(DetectionPeriod period, String unit, Sources sources, boolean partial,
        List<Missing> missing, List<FindingKind> rulesNotRun, List<Finding> findings) {

    public enum SourceStatus {
        OK, UNAVAILABLE
    }

    public record Sources(SourceStatus cases, SourceStatus petitions) {
    }

    /** @param reason what went wrong: "HTTP 503", "timeout", "circuit breaker open", ... */
    public record Missing(Source source, String service, @Schema(example = "timeout") String reason) {
    }

    static FindingsAnswer of(DetectionInputs inputs, Detection.Detected detected) {
        List<Missing> missing = new ArrayList<>();
        if (inputs.cases().failure() != null) {
            missing.add(new Missing(Source.CASES, Source.CASES.service(), inputs.cases().failure()));
        }
        if (inputs.petitions().failure() != null) {
            missing.add(new Missing(Source.PETITIONS, Source.PETITIONS.service(), inputs.petitions().failure()));
        }
        Sources sources = new Sources(status(inputs.cases()), status(inputs.petitions()));
        return new FindingsAnswer(inputs.scope().period(), inputs.scope().unit(), sources, !missing.isEmpty(),
                missing, detected.notRun(), detected.findings());
    }

    private static SourceStatus status(SourceRead<?> read) {
        return read.failure() == null ? SourceStatus.OK : SourceStatus.UNAVAILABLE;
    }
}
