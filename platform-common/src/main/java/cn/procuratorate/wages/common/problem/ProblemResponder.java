package cn.procuratorate.wages.common.problem;

import cn.procuratorate.wages.common.web.RequestIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the problem body of a request refused by a servlet filter (security, body size) before it reached a
 * controller, so the problem handler never saw it: the same shape and language as every other problem.
 */
public class ProblemResponder {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    public ProblemResponder(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemKind kind, String detailCode,
            Object... detailArgs) throws IOException {
        Locale locale = locales.resolveLocale(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", kind.type().toString());
        body.put("title", messages.getMessage(kind.titleCode(), null, kind.name(), locale));
        body.put("status", kind.status().value());
        body.put("detail", messages.getMessage(detailCode, detailArgs, detailCode, locale));
        body.put("instance", request.getRequestURI());
        String requestId = MDC.get(RequestIds.MDC_KEY);
        if (requestId != null) {
            body.put("requestId", requestId);
        }
        response.setStatus(kind.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }
}
