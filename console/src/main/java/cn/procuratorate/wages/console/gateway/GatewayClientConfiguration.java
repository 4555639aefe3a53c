package cn.procuratorate.wages.console.gateway;

import cn.procuratorate.wages.console.ConsoleProperties;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** The two API clients: staff (token relayed) and public (browser's address named). */
@Configuration(proxyBeanMethods = false)
class GatewayClientConfiguration {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    @Bean
    @Primary
    GatewayClient gatewayClient(RestClient.Builder builder, ConsoleProperties console, JsonMapper json,
            OAuth2AuthorizedClientManager tokens, OAuth2AuthorizedClientRepository storedTokens) {
        return new GatewayClient(base(builder, console, json)
                .requestInterceptor(new StaffTokenRelay(tokens, storedTokens, console.clientId()))
                .build());
    }

    @Bean
    PublicApiClient publicApiClient(RestClient.Builder builder, ConsoleProperties console, JsonMapper json) {
        return new PublicApiClient(base(builder, console, json)
                .requestInterceptor(new ClientAddressForwarding(console.forwarderKey()))
                .build());
    }

    private static RestClient.Builder base(RestClient.Builder shared, ConsoleProperties console, JsonMapper json) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build());
        requests.setReadTimeout(console.apiTimeout());
        ProblemTranslator problems = new ProblemTranslator(json);
        return shared.clone()
                .baseUrl(console.gatewayUrl())
                .requestFactory(requests)
                // Answers (problem details, labels) in the language the user chose in the console.
                .requestInterceptor((request, body, execution) -> {
                    request.getHeaders().set(HttpHeaders.ACCEPT_LANGUAGE,
                            LocaleContextHolder.getLocale().toLanguageTag());
                    return execution.execute(request, body);
                })
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw problems.translate(response);
                });
    }
}
