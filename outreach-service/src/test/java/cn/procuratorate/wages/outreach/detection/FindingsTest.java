package cn.procuratorate.wages.outreach.detection;

import static cn.procuratorate.wages.outreach.detection.Answers.YEAR;
import static cn.procuratorate.wages.outreach.detection.Answers.caseRow;
import static cn.procuratorate.wages.outreach.detection.Answers.company;
import static cn.procuratorate.wages.outreach.detection.Answers.petitionRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.wages.common.identifiers.SupervisingDepartment;
import cn.procuratorate.wages.common.problem.ApiException;
import cn.procuratorate.wages.common.problem.DependencyUnavailableException;
import cn.procuratorate.wages.common.problem.NotFoundException;
import cn.procuratorate.wages.common.problem.ProblemKind;
import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.outreach.clients.CaseStatisticsClient;
import cn.procuratorate.wages.outreach.clients.PetitionStatisticsClient;
import cn.procuratorate.wages.outreach.detection.SuggestionDrafts.DraftedSuggestion;
import cn.procuratorate.wages.outreach.detection.SuggestionDrafts.FindingDraft;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The application service over sources played by lambdas: partial answers, 503s, and drafting from a finding. */
class FindingsTest {

    private static final Caller PROCURATOR = new Caller("procurator1", List.of("PROCURATOR"), Answers.UNIT, null);
    private static final DetectionScope SCOPE = new DetectionScope(YEAR, Answers.UNIT);

    private final Map<String, List<CaseStatisticsClient.Row>> caseRows = new HashMap<>();
    private final Map<String, List<PetitionStatisticsClient.Row>> petitionRows = new HashMap<>();
    private final List<String> calls = new ArrayList<>();
    private boolean casesDown;
    private boolean petitionsDown;
    private final List<FindingDraft> drafted = new ArrayList<>();

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
    private final SuggestionDrafts drafts = (draft, caller) -> {
        boolean first = drafted.stream().noneMatch(earlier -> earlier.findingId().equals(draft.findingId()));
        drafted.add(draft);
        return new DraftedSuggestion("draft-of-" + draft.findingId().substring(0, 15), first);
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
    void draftsFromAFindingDetectedAgainFromItsIdWithAWordingForItsDepartment() {
        everyKindOfFinding();
        Finding contractor = findings().detect(SCOPE).findings().get(2);

        DraftedSuggestion draft = findings().draftSuggestion(contractor.id(), Answers.UNIT, PROCURATOR);

        assertThat(draft.created()).isTrue();
        assertThat(drafted).singleElement().satisfies(sent -> {
            assertThat(sent.findingId()).isEqualTo(contractor.id());
            assertThat(sent.findingLabel()).isEqualTo("某建工集团有限公司");
            assertThat(sent.unit()).isEqualTo(Answers.UNIT);
            assertThat(sent.recipient()).isEqualTo(SupervisingDepartment.HOUSING_CONSTRUCTION);
            assertThat(sent.recipientRegionCode()).isEqualTo(Answers.UNIT);
            assertThat(sent.problem()).startsWith("2025-11-27至2026-11-26，某建工集团有限公司（91110000600037341L）")
                    .contains("案件6件");
            assertThat(sent.request()).startsWith("建议住房城乡建设主管部门督促该总承包单位");
        });
        assertThat(findings().draftSuggestion(contractor.id(), Answers.UNIT, PROCURATOR).created()).isFalse();
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
        assertThat(drafted).isEmpty();
    }

    @Test
    void aDraftRestsOnBothSources() {
        everyKindOfFinding();
        String id = findings().detect(SCOPE).findings().get(0).id();
        petitionsDown = true;

        assertThatThrownBy(() -> findings().draftSuggestion(id, Answers.UNIT, PROCURATOR))
                .isInstanceOfSatisfying(DependencyUnavailableException.class, problem -> assertThat(
                        problem.getBody().getProperties()).containsEntry("service", "petition-service"));
        assertThat(drafted).isEmpty();
    }

    @Test
    void withoutTheSuggestionsPackageNothingIsDraftedOrRead() {
        everyKindOfFinding();
        String id = findings().detect(SCOPE).findings().get(0).id();
        calls.clear();
        Findings withoutDrafts = new Findings(reader(), new Detection(DetectionSettings.defaults()),
                new StaticListableBeanFactory().getBeanProvider(SuggestionDrafts.class), clock());

        assertThatThrownBy(() -> withoutDrafts.draftSuggestion(id, Answers.UNIT, PROCURATOR))
                .isInstanceOfSatisfying(ApiException.class,
                        problem -> assertThat(problem.kind()).isEqualTo(ProblemKind.SERVICE_UNAVAILABLE));
        assertThat(calls).isEmpty();
    }

    @Test
    void todayIsADayOfChina() {
        Clock lateEvening = Clock.fixed(Instant.parse("2026-11-26T16:30:00Z"), ZoneOffset.UTC);

        assertThat(new Findings(reader(), new Detection(DetectionSettings.defaults()),
                new StaticListableBeanFactory().getBeanProvider(SuggestionDrafts.class), lateEvening).today())
                .hasToString("2026-11-27");
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
        return new Findings(reader(), new Detection(DetectionSettings.defaults()),
                new StaticListableBeanFactory(Map.of("drafts", drafts)).getBeanProvider(SuggestionDrafts.class),
                clock());
    }

    private StatisticsReader reader() {
        return new StatisticsReader(cases, petitions);
    }

    private static Clock clock() {
        return Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.UTC);
    }
}
