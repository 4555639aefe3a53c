package cn.procuratorate.wages.gateway.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Decodes a token once, then answers from {@link VerifiedTokenCache} while it is kept there. Only tokens the
 * delegate accepted are cached; a refused or undecodable one is checked again every time.
 */
final class CachingJwtDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder delegate;
    private final VerifiedTokenCache cache;

    CachingJwtDecoder(ReactiveJwtDecoder delegate, VerifiedTokenCache cache) {
        this.delegate = delegate;
        this.cache = cache;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        String key = VerifiedTokenCache.keyOf(token);
        Jwt verified = cache.get(key);
        return verified != null ? Mono.just(verified) : delegate.decode(token).doOnNext(jwt -> cache.put(key, jwt));
    }
}
