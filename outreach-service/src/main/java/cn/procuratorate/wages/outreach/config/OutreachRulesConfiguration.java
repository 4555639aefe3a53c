package cn.procuratorate.wages.outreach.config;

import cn.procuratorate.wages.outreach.suggestions.ReplyPeriods;
import cn.procuratorate.wages.outreach.suggestions.SuggestionWorkflow;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The plain suggestion rules as beans. The reply period comes from the 2019 rules and stays in {@link ReplyPeriods};
 * configuration may override it, or the urgent default, where a later rule differs:
 * {@code outreach.suggestions.reply-period=2m}, {@code outreach.suggestions.urgent-reply-period=15d}.
 */
@Configuration(proxyBeanMethods = false)
class OutreachRulesConfiguration {

    @Bean
    SuggestionWorkflow suggestionWorkflow(Environment environment) {
        return new SuggestionWorkflow(Binder.get(environment).bind("outreach.suggestions", ReplyPeriods.class)
                .orElseGet(ReplyPeriods::defaults));
    }
}
