package cn.procuratorate.wages.gateway.fallback;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/** Maps the breakers' fallback URIs; a path predicate without a method, so POST, PUT, PATCH and DELETE land here too. */
@Configuration(proxyBeanMethods = false)
class FallbackRoutes {

    @Bean
    RouterFunction<ServerResponse> fallbackRoute(FallbackHandler handler) {
        return RouterFunctions.route(RequestPredicates.path("/fallback/{service}"), handler::serviceUnavailable);
    }
}
