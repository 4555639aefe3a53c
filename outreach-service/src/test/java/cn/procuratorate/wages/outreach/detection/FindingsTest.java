package cn.procuratorate.wages.outreach.detection;

import static cn.procuratorate.wages.outreach.detection.Answers.YEAR;
import static cn.procuratorate.wages.outreach.detection.Answers.caseRow;
import static cn.procuratorate.wages.outreach.detection.Answers.company;
import static cn.procuratorate.wages.outreach.detection.Answers.petitionRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import cn.procuratorate.wages.common.identifiers.SupervisingDepartment;
import cn.procuratorate.wages.common.problem.ApiException;
import cn.procuratorate.wages.common.problem.DependencyUnavailableException;
import cn.procuratorate.wages.common.problem.NotFoundException;
import cn.procuratorate.wages.common.problem.ProblemKind;
import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.outreach.clients.CaseStatisticsClient;
import cn.procuratorate.wages.outreach.clients.PetitionStatisticsClient;
import cn.procuratorate.wages.outreach.suggestions.Evidence;
import cn.procuratorate.wages.outreach.suggestions.Recipient;
import cn.procuratorate.wages.outreach.suggestions.Suggestion;
import cn.procuratorate.wages.outreach.suggestions.SuggestionContent;
import cn.procuratorate.wages.outreach.suggestions.SuggestionKind;
import cn.procuratorate.wages.outreach.suggestions.Suggestions;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;

/**
 * The application service over sources played by lambdas: partial answers, 503s, and what it asks the suggestions'
 * application service to draft from a finding.
 */
class FindingsTest {

    private static final Caller PROCURATOR = new Caller("procurator1", List.of("PROCURATOR"), Answers.UNIT, null);
    private static final DetectionScope SCOPE = new DetectionScope(YEAR, Answers.UNIT);

    private final Map<String, List<CaseStatisticsClient.Row>> caseRows = new HashMap<>();
    private final Map<String, List<PetitionStatisticsClient.Row>> petitionRows = new HashMap<>();
    private final List<String> calls = new ArrayList<>();
    private boolean casesDown;
    private boolean petitionsDown;
    private final Suggestions suggestions = Mockito.mock(Suggestions.class);

    private final CaseStatisticsClient cases = (groupBy, from, to, unit) -> {
        calls.add("cases " + groupBy + " " + from + " " + to + " " + unit);
        if (casesDown) {
            throw new DependencyUnavailableException("case-service", new SocketTimeoutException("Read timed out"));
        }
        return Answers.cases(groupBy, new DetectionPeriod(from, to), caseRows.getOrDefault(groupBy + " " + from,
                List.of()).toArray(CaseStatisticsClient.Row[]::new));
    };
    private final PetitionStatisticsClient petitions = (groupBy, from, to, unit) -> {
        calls.add("petitions " + groupBy + " " + from + " " + to + " " + unit);
        if (petitionsDown) {
            throw new DependencyUnavailableException("petition-service", new IllegalStateException("refused"));
        }
        return Answers.petitions(groupBy, new DetectionPeriod(from, to), petitionRows.getOrDefault(
                groupBy + " " + from, List.of()).toArray(PetitionStatisticsClient.Row[]::new));
    };

    @Test
    void readsSevenCaseAndSixPetitionAnswersOfTheScope() {
        findings().detect(SCOPE);

        assertThat(calls).containsExactly(
                "cases EMPLOYER 2025-11-27 2026-11-26 110105",
                "cases GENERAL_CONTRACTOR 2025-11-27 2026-11-26 110105",
                "cases MONTH 2025-11-27 2026-11-26 110105",
                "cases INDUSTRY 2026-08-27 2026-11-26 110105",
                "cases INDUSTRY 2025-08-27 2026-08-26 110105",
                "cases REGION 2026-08-27 2026-11-26 110105",
                "cases REGION 2025-08-27 2026-08-26 110105",
                "petitions EMPLOYER 2025-11-27 2026-11-26 110105",
                "petitions MONTH 2025-11-27 2026-11-26 110105",
                "petitions INDUSTRY 2026-08-27 2026-11-26 110105",
                "petitions INDUSTRY 2025-08-27 2026-08-26 110105",
                "petitions REGION 2026-08-27 2026-11-26 110105",
                "petitions REGION 2025-08-27 2026-08-26 110105");
    }

    @Test
    void findingsOfEveryKindInTheirOrderFromBothSources() {
        everyKindOfFinding();

        FindingsAnswer answer = findings().detect(SCOPE);

        assertThat(answer.partial()).isFalse();
        assertThat(answer.sources()).isEqualTo(new FindingsAnswer.Sources(FindingsAnswer.SourceStatus.OK,
                FindingsAnswer.SourceStatus.OK));
        assertThat(answer.missing()).isEmpty();
        assertThat(answer.rulesNotRun()).isEmpty();
        assertThat(answer.findings()).extracting(finding -> finding.kind() + " " + finding.key()).containsExactly(
                "REPEAT_EMPLOYER 91110108551385082Q", "RISING_ARREARS INDUSTRY:E4812",
                "CONTRACTOR_CONCENTRATION 91110000600037341L");
    }

    @Test
    void withoutCaseFiguresTheAnswerIsPartialNamesWhatIsMissingAndWhichRuleCouldNotRun() {
        everyKindOfFinding();
        casesDown = true;

        FindingsAnswer answer = findings().detect(SCOPE);

        assertThat(answer.partial()).isTrue();
        assertThat(answer.sources().cases()).isEqualTo(FindingsAnswer.SourceStatus.UNAVAILABLE);
        assertThat(answer.missing()).singleElement()
                .isEqualTo(new FindingsAnswer.Missing(Source.CASES, "case-service", "timeout"));
        assertThat(answer.rulesNotRun()).containsExactly(FindingKind.CONTRACTOR_CONCENTRATION);
        // The employer's 3 petitions still repeat, counted from petitions only.
        assertThat(answer.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.key()).isEqualTo("91110108551385082Q");
            assertThat(finding.countedFrom()).containsExactly(Source.PETITIONS);
        });
        // One failed call ends the reading of case-service: an outage costs one timeout, not seven.
        assertThat(calls).filteredOn(call -> call.startsWith("cases")).hasSize(1);
    }

    @Test
    void withNeitherSourceThereIsNothingToDetectFrom() {
        casesDown = true;
        petitionsDown = true;

        assertThatThrownBy(() -> findings().detect(SCOPE)).isInstanceOfSatisfying(ApiException.class, problem -> {
            assertThat(problem.kind()).isEqualTo(ProblemKind.SERVICE_UNAVAILABLE);
            assertThat(problem.getBody().getProperties()).containsEntry("services",
                    List.of("case-service", "petition-service"));
        });
    }

    @Test
    void draftsASocialGovernanceSuggestionToTheSupervisingDepartmentFromAFindingDetectedAgainFromItsId() {
        everyKindOfFinding();
        Finding contractor = findings().detect(SCOPE).findings().get(2);
        Suggestions.Drafted drafted = new Suggestions.Drafted(Mockito.mock(Suggestion.class), true);
        Mockito.when(suggestions.draft(any(), any(), any(), any())).thenReturn(drafted);

        assertThat(findings().draftSuggestion(contractor.id(), Answers.UNIT, PROCURATOR)).isSameAs(drafted);

        ArgumentCaptor<SuggestionContent> content = ArgumentCaptor.forClass(SuggestionContent.class);
        ArgumentCaptor<String> key = ArgumentCaptor.forClass(String.class);
        verify(suggestions).draft(content.capture(), eq(Answers.UNIT), key.capture(), eq(PROCURATOR));
        assertThat(content.getValue().kind()).isEqualTo(SuggestionKind.SOCIAL_GOVERNANCE);
        assertThat(content.getValue().recipient()).isEqualTo(new Recipient(Recipient.Kind.DEPARTMENT, "住房城乡建设主管部门",
                Recipient.Sector.HOUSING, Answers.UNIT));
        assertThat(content.getValue().problem()).startsWith("2025-11-27至2026-11-26，某建工集团有限公司（91110000600037341L）")
                .contains("案件6件");
        assertThat(content.getValue().request()).startsWith("建议住房城乡建设主管部门督促该总承包单位");
        assertThat(content.getValue().evidence()).containsExactly(new Evidence(Evidence.Kind.FINDING, contractor.id(),
                "总承包单位承建项目欠薪集中：某建工集团有限公司"));
        assertThat(key.getValue()).matches(contractor.id() + "-[0-9a-f]{12}");
    }

    @Test
    void theSameFindingWithTheSameFiguresDraftsWithTheSameKeyAndWithOtherFiguresWithAnother() {
        everyKindOfFinding();
        String id = findings().detect(SCOPE).findings().get(2).id();
        findings().draftSuggestion(id, Answers.UNIT, PROCURATOR);
        findings().draftSuggestion(id, Answers.UNIT, PROCURATOR);
        caseRows.put("GENERAL_CONTRACTOR 2025-11-27",
                List.of(company("91110000600037341L", "某建工集团有限公司", "E4710", 7)));
        findings().draftSuggestion(id, Answers.UNIT, PROCURATOR);

        ArgumentCaptor<String> keys = ArgumentCaptor.forClass(String.class);
        verify(suggestions, Mockito.times(3)).draft(any(), any(), keys.capture(), any());
        assertThat(keys.getAllValues().get(1)).isEqualTo(keys.getAllValues().get(0));
        assertThat(keys.getAllValues().get(2)).isNotEqualTo(keys.getAllValues().get(0)).startsWith(id);
    }

    @Test
    void aFindingThatIsNotDetectedOrCannotBeOneIsNotFound() {
        everyKindOfFinding();
        String otherUnits = FindingId.of(FindingKind.REPEAT_EMPLOYER, "91110108551385082Q",
                new DetectionScope(YEAR, "320102"));

        for (String id : List.of(otherUnits, "no-such-finding")) {
            assertThatThrownBy(() -> findings().draftSuggestion(id, Answers.UNIT, PROCURATOR))
                    .isInstanceOf(NotFoundException.class);
        }
        verify(suggestions, never()).draft(any(), any(), any(), any());
    }

    @Test
    void aDraftRestsOnBothSources() {
        everyKindOfFinding();
        String id = findings().detect(SCOPE).findings().get(0).id();
        petitionsDown = true;

        assertThatThrownBy(() -> findings().draftSuggestion(id, Answers.UNIT, PROCURATOR))
                .isInstanceOfSatisfying(DependencyUnavailableException.class, problem -> assertThat(
                        problem.getBody().getProperties()).containsEntry("service", "petition-service"));
        verify(suggestions, never()).draft(any(), any(), any(), any());
    }

    @Test
    void todayIsADayOfChina() {
        Clock lateEvening = Clock.fixed(Instant.parse("2026-11-26T16:30:00Z"), ZoneOffset.UTC);

        assertThat(new Findings(reader(), new Detection(DetectionSettings.defaults()), suggestions, lateEvening)
                .today()).hasToString("2026-11-27");
    }

    /** A repeat employer, an industry rising in the last quarter and a contractor behind 6 cases. */
    private void everyKindOfFinding() {
        caseRows.put("EMPLOYER 2025-11-27", List.of(company("91110108551385082Q", "某建筑劳务有限公司", "E4710", 2)));
        petitionRows.put("EMPLOYER 2025-11-27", List.of(petitionRow("91110108551385082Q", 3, 1)));
        caseRows.put("GENERAL_CONTRACTOR 2025-11-27",
                List.of(company("91110000600037341L", "某建工集团有限公司", "E4710", 6)));
        caseRows.put("INDUSTRY 2026-08-27", List.of(caseRow("E4812", 5)));
        caseRows.put("INDUSTRY 2025-08-27", List.of(caseRow("E4812", 4)));
    }

    private Findings findings() {
        return new Findings(reader(), new Detection(DetectionSettings.defaults()), suggestions, clock());
    }

    private StatisticsReader reader() {
        return new StatisticsReader(cases, petitions);
    }

    private static Clock clock() {
        return Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.UTC);
    }
}
