package cn.procuratorate.wages.console.gateway;

import java.util.ArrayList;
import java.util.List;

/**
 * A list request's URI template with only the filters the user set: {@code ApiQuery.of("/api/cases")
 * .param("stage", stage).param("page", 0)} gives {@code /api/cases?stage={stage}&page={page}} and its values, for
 * {@link GatewayClient#getPage}. Values stay template variables, so they are encoded once, by the client.
 */
public final class ApiQuery {

    private final StringBuilder template;
    private final List<Object> values = new ArrayList<>();

    private ApiQuery(String path) {
        this.template = new StringBuilder(path);
    }

    public static ApiQuery of(String path) {
        return new ApiQuery(path);
    }

    /** Adds {@code name=value} unless the value is null, blank or {@code false}. */
    public ApiQuery param(String name, Object value) {
        if (value == null || Boolean.FALSE.equals(value) || value.toString().isBlank()) {
            return this;
        }
        template.append(values.isEmpty() ? '?' : '&').append(name).append("={").append(name).append('}');
        values.add(value instanceof String ? ((String) value).strip() : value);
        return this;
    }

    public String template() {
        return template.toString();
    }

    public Object[] values() {
        return values.toArray();
    }
}
