package cn.procuratorate.wages.cases.workflow;

import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.HANDLER;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.PROCURATOR;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.date;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.lang.reflect.RecordComponent;
import java.time.Period;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The statutory numbers, in one place, and how configuration overrides them. */
class StatutoryTimeLimitsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "arrestReviewDetained,                P7D",
            "arrestReviewNotDetained,             P15D",
            "arrestReviewNotDetainedExtended,     P20D",
            "prosecutionReview,                   P1M",
            "prosecutionReviewMajorExtension,     P15D",
            "fastTrackReview,                     P10D",
            "fastTrackReviewLongSentence,         P15D",
            "supplementaryInvestigation,          P1M",
            "supplementaryInvestigationMaxRounds, 2",
            "supervisionAcceptanceNotice,         P3D",
            "supervisionReview,                   P3M",
            "retrialSuggestionReply,              P2M",
            "procuratorialSuggestionReply,        P2M",
            "protestRetrialRuling,                P30D",
            "reportDisposal,                      P7D",
    })
    void defaults(String component, String value) throws Exception {
        RecordComponent recordComponent = Arrays.stream(StatutoryTimeLimits.class.getRecordComponents())
                .filter(c -> c.getName().equals(component)).findFirst().orElseThrow();

        assertThat(String.valueOf(recordComponent.getAccessor().invoke(StatutoryTimeLimits.defaults())))
                .isEqualTo(value);
    }

    @Test
    void everyComponentHasADefault() {
        assertThat(StatutoryTimeLimits.class.getRecordComponents()).hasSize(15);
        assertThat(new StatutoryTimeLimits(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null)).isEqualTo(StatutoryTimeLimits.defaults());
    }

    @Test
    void configurationOverridesOnlyWhatItNames() {
        StatutoryTimeLimits limits = new StatutoryTimeLimits(Period.ofDays(5), null, null, null, null, null, null,
                null, 1, null, null, null, null, null, null);
        Workflows workflows = new Workflows(limits);

        WorkflowState arrest = workflows.start(CaseType.WAGE_CRIME, EntryPoint.ARREST_REQUEST, CaseFacts.detained(),
                HANDLER, date("2024-03-01"));
        assertThat(arrest.dueOn()).isEqualTo(date("2024-03-06"));
        assertThat(limits.prosecutionReview()).isEqualTo(Period.ofMonths(1));

        WorkflowState review = workflows.start(CaseType.WAGE_CRIME, EntryPoint.TRANSFER_FOR_PROSECUTION, null,
                HANDLER, date("2024-03-01"));
        Transition back = new Transition.ReturnForSupplementaryInvestigation("补证");
        WorkflowState resumed = workflows.apply(workflows.apply(review, back, PROCURATOR, date("2024-03-02")).state(),
                new Transition.ResumeAfterSupplementaryInvestigation(), PROCURATOR, date("2024-03-20")).state();
        TransitionRefused refused = refusal(() -> workflows.apply(resumed, back, PROCURATOR, date("2024-03-21")));
        assertThat(refused.code()).isEqualTo("workflow.supplementary-rounds-exhausted");
        assertThat(refused.getMessage()).isEqualTo("退回补充侦查以1次为限，已经用完");
    }

    @Test
    void limitsMustBePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new StatutoryTimeLimits(Period.ofDays(-1), null, null,
                null, null, null, null, null, null, null, null, null, null, null, null))
                .withMessageContaining("arrestReviewDetained");
        assertThatIllegalArgumentException().isThrownBy(() -> new StatutoryTimeLimits(null, null, null, null, null,
                null, null, null, null, null, Period.ZERO, null, null, null, null))
                .withMessageContaining("supervisionReview");
        assertThatIllegalArgumentException().isThrownBy(() -> new StatutoryTimeLimits(null, null, null, null, null,
                null, null, null, -1, null, null, null, null, null, null));
    }

    @Test
    void recomputingADueDateUnderNewLimits() {
        WorkflowState state = Workflows.withDefaults().start(CaseType.CIVIL_JUDGMENT_SUPERVISION, HANDLER,
                date("2024-03-01"));
        Workflows sevenDays = new Workflows(new StatutoryTimeLimits(null, null, null, null, null, null, null, null,
                null, Period.ofDays(7), null, null, null, null, null));

        assertThat(state.dueOn()).isEqualTo(date("2024-03-04"));
        assertThat(sevenDays.dueOn(state)).isEqualTo(date("2024-03-08"));
    }
}
