package cn.procuratorate.wages.gateway.problem;

import cn.procuratorate.wages.gateway.requestid.ExchangeRequestIds;
import cn.procuratorate.wages.common.problem.ProblemKind;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Builds problem bodies with title and detail in the caller's language: details from gateway-problem-messages,
 * titles from platform-common's problem-messages, the same words the services use.
 */
@Component
public class Problems {

    private final MessageSource messages = problemMessages();

    /**
     * @param detailKey suffix of the detail message, {@code problem.detail.<detailKey>}
     * @param service   the service concerned, or null
     */
    public Problem build(ServerWebExchange exchange, ProblemKind kind, HttpStatusCode status, String detailKey,
            Object[] detailArgs, String service) {
        Locale locale = ProblemLanguage.of(exchange.getRequest());
        return new Problem(kind.type(),
                messages.getMessage(kind.titleCode(), null, locale),
                status.value(),
                messages.getMessage("problem.detail." + detailKey, detailArgs, locale),
                // The path only: a query string may carry personal data (ID card numbers, phone numbers).
                exchange.getRequest().getPath().value(),
                service,
                ExchangeRequestIds.of(exchange));
    }

    private static MessageSource problemMessages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("gateway-problem-messages", "problem-messages");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        // Otherwise a machine running in English would answer Chinese callers in English: no zh bundle exists,
        // the base bundle is the Chinese one.
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
