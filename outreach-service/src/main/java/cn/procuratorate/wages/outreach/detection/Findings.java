package cn.procuratorate.wages.outreach.detection;

import cn.procuratorate.wages.common.problem.ApiException;
import cn.procuratorate.wages.common.problem.DependencyUnavailableException;
import cn.procuratorate.wages.common.problem.NotFoundException;
import cn.procuratorate.wages.common.problem.ProblemKind;
import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.outreach.detection.FindingId.Reference;
import cn.procuratorate.wages.outreach.suggestions.SuggestionContent;
import cn.procuratorate.wages.outreach.suggestions.Suggestions;
import cn.procuratorate.wages.outreach.suggestions.Suggestions.Drafted;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Detection at request time: reads the sources' statistics, runs the rules, and answers the findings, or drafts a
 * suggestion from one. Nothing is stored; a finding is found again from its id.
 */
@Service
class Findings {

    /** Periods are calendar days of China, as the sources count them. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final StatisticsReader reader;
    private final Detection detection;
    private final Suggestions suggestions;
    private final Clock clock;

    Findings(StatisticsReader reader, Detection detection, Suggestions suggestions, Clock clock) {
        this.reader = reader;
        this.detection = detection;
        this.suggestions = suggestions;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    /**
     * The findings of the scope; partial when one source is unavailable.
     *
     * @throws ApiException 503 when neither source can be read: there is nothing to detect from
     */
    FindingsAnswer detect(DetectionScope scope) {
        DetectionInputs inputs = reader.read(scope);
        if (inputs.sourcesRead().isEmpty()) {
            throw noSource();
        }
        return FindingsAnswer.of(inputs, detection.run(inputs));
    }

    /**
     * Detects the finding again in the unit, from both sources (a draft rests on complete evidence), and drafts a
     * social-governance suggestion from it. The same finding with the same figures again answers the first draft
     * (the idempotency key is the finding id and a hash of the wording); once its figures have changed, say by a case
     * registered today, it makes a draft of its own rather than pass the new figures off as the old draft's.
     *
     * @throws NotFoundException when no such finding is detected in the unit now
     * @throws ApiException      503 when a source cannot be read
     */
    Drafted draftSuggestion(String findingId, String unit, Caller caller) {
        Reference reference = FindingId.parse(findingId).orElseThrow(() -> new NotFoundException("finding", findingId));
        DetectionInputs inputs = reader.read(new DetectionScope(reference.period(), unit));
        requireBothSources(inputs);
        Finding finding = detection.run(inputs).findings().stream().filter(found -> found.id().equals(findingId))
                .findFirst().orElseThrow(() -> new NotFoundException("finding", findingId));
        SuggestionContent content = DraftWording.of(finding, reference.period(), unit);
        String key = findingId + "-" + FindingId.hash(content.problem() + "\n" + content.request());
        return suggestions.draft(content, unit, key, caller);
    }

    private static void requireBothSources(DetectionInputs inputs) {
        if (inputs.sourcesRead().isEmpty()) {
            throw noSource();
        }
        if (inputs.cases().failure() != null) {
            throw new DependencyUnavailableException(Source.CASES.service(), null);
        }
        if (inputs.petitions().failure() != null) {
            throw new DependencyUnavailableException(Source.PETITIONS.service(), null);
        }
    }

    private static ApiException noSource() {
        return new ApiException(ProblemKind.SERVICE_UNAVAILABLE, "detection.detail.no-source")
                .with("services", List.of(Source.CASES.service(), Source.PETITIONS.service()));
    }
}
