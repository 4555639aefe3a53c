package cn.procuratorate.wages.console.gateway;

import cn.procuratorate.wages.console.gateway.GatewayException.FieldProblem;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Turns an error answer of the gateway (problem+json, or anything else) into a {@link GatewayException}. */
final class ProblemTranslator {

    /** A problem is small; anything bigger is not one and is not read further. */
    private static final int MAX_PROBLEM_BYTES = 64 * 1024;

    private final JsonMapper json;

    ProblemTranslator(JsonMapper json) {
        this.json = json;
    }

    GatewayException translate(ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        Long retryAfter = retryAfter(response.getHeaders());
        JsonNode problem = problemBody(response);
        if (problem == null) {
            return new GatewayException(GatewayException.kindOf(status), status, null, List.of(), retryAfter, null);
        }
        List<FieldProblem> errors = new ArrayList<>();
        JsonNode list = problem.path("errors");
        if (list.isArray()) {
            for (JsonNode error : list) {
                errors.add(new FieldProblem(text(error, "field"), text(error, "message")));
            }
        }
        return new GatewayException(GatewayException.kindOf(status), status, text(problem, "detail"), errors,
                retryAfter, text(problem, "requestId"));
    }

    private JsonNode problemBody(ClientHttpResponse response) {
        MediaType type = response.getHeaders().getContentType();
        if (type == null || !(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                || type.isCompatibleWith(MediaType.APPLICATION_JSON))) {
            return null;
        }
        try (InputStream body = response.getBody()) {
            byte[] bytes = body.readNBytes(MAX_PROBLEM_BYTES);
            return bytes.length == 0 ? null : json.readTree(bytes);
        } catch (IOException | RuntimeException unreadable) {
            // The status still says what happened; a broken body must not hide it.
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static Long retryAfter(HttpHeaders headers) {
        String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException httpDate) {
            return null;
        }
    }
}
