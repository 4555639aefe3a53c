package cn.procuratorate.wages.console.gateway;

import java.util.function.Supplier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.ResolvableType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * The gateway's {@code /api/**} as the signed-in staff user: inject {@code GatewayClient} in staff pages (the
 * primary bean relays the user's access token) and {@link PublicApiClient} in public pages (no token).
 * <p>
 * Paths are URI templates relative to the gateway, e.g. {@code get("/api/cases/{id}", CaseView.class, id)}.
 * Every failure is a {@link GatewayException}: an error status (problem+json translated), or the gateway
 * unreachable (503). For what the helpers do not cover (If-Match, reading an ETag), {@link #rest()} is the same
 * configured client: error statuses are translated there too, only an unreachable gateway is Spring's
 * {@code ResourceAccessException}, which the error page also shows as "unavailable".
 */
public class GatewayClient {

    private final RestClient rest;

    public GatewayClient(RestClient rest) {
        this.rest = rest;
    }

    public <T> T get(String path, Class<T> type, Object... uriVariables) {
        return call(() -> rest.get().uri(path, uriVariables).retrieve().body(type));
    }

    public <T> T get(String path, ParameterizedTypeReference<T> type, Object... uriVariables) {
        return call(() -> rest.get().uri(path, uriVariables).retrieve().body(type));
    }

    /** A list answer ({@code {items, page, size, totalItems, totalPages}}) whose items are {@code itemType}. */
    public <T> ApiPage<T> getPage(String path, Class<T> itemType, Object... uriVariables) {
        ParameterizedTypeReference<ApiPage<T>> pageType = ParameterizedTypeReference.forType(
                ResolvableType.forClassWithGenerics(ApiPage.class, itemType).getType());
        return get(path, pageType, uriVariables);
    }

    /** POST a JSON body; the answer's body as {@code type} ({@code Void.class} to ignore it). */
    public <T> T post(String path, Object body, Class<T> type, Object... uriVariables) {
        return call(() -> rest.post().uri(path, uriVariables).body(body).retrieve().body(type));
    }

    public <T> T put(String path, Object body, Class<T> type, Object... uriVariables) {
        return call(() -> rest.put().uri(path, uriVariables).body(body).retrieve().body(type));
    }

    public <T> T patch(String path, Object body, Class<T> type, Object... uriVariables) {
        return call(() -> rest.patch().uri(path, uriVariables).body(body).retrieve().body(type));
    }

    public void delete(String path, Object... uriVariables) {
        call(() -> rest.delete().uri(path, uriVariables).retrieve().toBodilessEntity());
    }

    /** The configured client itself, for requests the helpers above do not cover. */
    public RestClient rest() {
        return rest;
    }

    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (ResourceAccessException unreachable) {
            throw unreachable(unreachable);
        }
    }

    static GatewayException unreachable(ResourceAccessException cause) {
        GatewayException exception = new GatewayException(GatewayException.Kind.UNAVAILABLE, 503, null,
                java.util.List.of(), null, null);
        exception.initCause(cause);
        return exception;
    }
}
