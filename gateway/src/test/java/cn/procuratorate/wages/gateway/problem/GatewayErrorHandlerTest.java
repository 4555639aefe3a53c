package cn.procuratorate.wages.gateway.problem;

import cn.procuratorate.wages.gateway.requestid.ExchangeRequestIds;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.NotFoundException;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.AuthenticationServiceException;
import tools.jackson.databind.json.JsonMapper;

/** Errors that are hard to provoke through a running gateway: outside a breaker, or unexpected. */
class GatewayErrorHandlerTest {

    private final GatewayErrorHandler handler = new GatewayErrorHandler(new Problems(),
            new ProblemWriter(JsonMapper.builder().build()));

    @Test
    void noInstanceInTheRegistryOutsideABreakerIs503NamingTheService() {
        MockServerWebExchange exchange = routedTo("lb://case-service", "/v3/api-docs/case-service");

        handler.handle(exchange, NotFoundException.create(false, "Unable to find instance for case-service")).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(body(exchange))
                .contains("\"type\":\"urn:problem-type:service-unavailable\"")
                .contains("\"service\":\"case-service\"")
                .contains("\"instance\":\"/v3/api-docs/case-service\"")
                .contains("\"requestId\":\"test-request-1\"");
    }

    @Test
    void aRefusedConnectionOutsideABreakerIs503() {
        MockServerWebExchange exchange = routedTo("lb://outreach-service", "/v3/api-docs/outreach-service");

        handler.handle(exchange, new RuntimeException(new ConnectException("Connection refused"))).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(body(exchange)).contains("\"service\":\"outreach-service\"");
    }

    @Test
    void aTokenThatCannotBeCheckedIs503NamingAuthServer() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/cases/1"));

        // What the resource server raises when auth-server's JWK set cannot be fetched.
        handler.handle(exchange, new AuthenticationServiceException("Couldn't retrieve remote JWK set",
                new ConnectException("Connection refused"))).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(body(exchange))
                .contains("\"type\":\"urn:problem-type:service-unavailable\"")
                .contains("\"service\":\"auth-server\"");
    }

    @Test
    void anUnexpectedErrorIs500WithoutItsInternals() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/cases/1")
                .header("Accept-Language", "en"));
        exchange.getAttributes().put(ExchangeRequestIds.ATTRIBUTE, "test-request-2");

        handler.handle(exchange, new IllegalStateException("pool exhausted at 10.0.3.7:27017")).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(body(exchange))
                .contains("\"type\":\"urn:problem-type:internal\"")
                .contains("quote request id test-request-2")
                .doesNotContain("10.0.3.7", "pool exhausted", "IllegalStateException");
    }

    private static MockServerWebExchange routedTo(String uri, String path) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get(path));
        exchange.getAttributes().put(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR,
                Route.async().id("test").uri(uri).predicate(e -> true).build());
        exchange.getAttributes().put(ExchangeRequestIds.ATTRIBUTE, "test-request-1");
        return exchange;
    }

    private static String body(MockServerWebExchange exchange) {
        return exchange.getResponse().getBodyAsString().block();
    }
}
