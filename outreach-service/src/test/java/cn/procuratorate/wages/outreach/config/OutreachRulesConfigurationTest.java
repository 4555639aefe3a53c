package cn.procuratorate.wages.outreach.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.wages.outreach.suggestions.ReplyPeriods;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class OutreachRulesConfigurationTest {

    private final OutreachRulesConfiguration configuration = new OutreachRulesConfiguration();

    @Test
    void withoutConfigurationTheTwoMonthsOfThe2019RulesApply() {
        assertThat(configuration.suggestionWorkflow(new MockEnvironment()).periods())
                .isEqualTo(ReplyPeriods.defaults());
    }

    @Test
    void aConfiguredPeriodReplacesOnlyItself() {
        MockEnvironment environment = new MockEnvironment().withProperty("outreach.suggestions.reply-period", "3m");
        ReplyPeriods periods = configuration.suggestionWorkflow(environment).periods();

        assertThat(periods.replyPeriod()).isEqualTo(Period.ofMonths(3));
        assertThat(periods.urgentReplyPeriod()).isEqualTo(ReplyPeriods.URGENT_DEFAULT);
        assertThat(configuration.suggestionWorkflow(new MockEnvironment()
                .withProperty("outreach.suggestions.urgent-reply-period", "7d")).periods().urgentReplyPeriod())
                .isEqualTo(Period.ofDays(7));
    }

    @Test
    void aPeriodThatIsNotPositiveStopsTheStart() {
        MockEnvironment environment = new MockEnvironment().withProperty("outreach.suggestions.reply-period", "0d");

        assertThatThrownBy(() -> configuration.suggestionWorkflow(environment)).hasStackTraceContaining("positive");
    }
}
