package cn.procuratorate.wages.gateway.bodylimit;

import cn.procuratorate.wages.gateway.problem.ProblemException;
import cn.procuratorate.wages.gateway.ratelimit.PublicRateLimitWebFilter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies over {@code gateway.request-body.max-size} with 413 problem+json before anything is proxied.
 * A declared Content-Length is checked up front; a chunked body (no Content-Length) is read up to the limit and,
 * if it fits, passed on with a Content-Length. Routes with a breaker or retry buffer the body anyway, so the limit
 * is also what bounds that memory.
 */
@Component
public class RequestBodyLimitWebFilter implements WebFilter, Ordered {

    private final long maxBytes;
    private final String limitText;

    public RequestBodyLimitWebFilter(RequestBodyProperties properties) {
        this.maxBytes = properties.maxSize().toBytes();
        this.limitText = properties.maxSizeText();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long declared = request.getHeaders().getContentLength();
        if (declared > maxBytes) {
            return Mono.error(ProblemException.payloadTooLarge(limitText));
        }
        if (declared >= 0 || !request.getHeaders().containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
            return chain.filter(exchange);
        }
        DataBufferFactory buffers = exchange.getResponse().bufferFactory();
        return DataBufferUtils.join(request.getBody(), (int) Math.min(maxBytes, Integer.MAX_VALUE))
                .map(RequestBodyLimitWebFilter::readAndRelease)
                .onErrorMap(DataBufferLimitException.class, tooLarge -> ProblemException.payloadTooLarge(limitText))
                .defaultIfEmpty(new byte[0])
                .flatMap(body -> chain.filter(
                        exchange.mutate().request(new FixedLengthRequest(request, body, buffers)).build()));
    }

    @Override
    public int getOrder() {
        // After the request id and CORS: a refused body still gets an id and CORS headers the browser can read.
        // After security too: a caller without a valid token gets 401 and cannot make the gateway buffer a body.
        // After the public rate limit too: a refused flood is not read at all.
        return PublicRateLimitWebFilter.ORDER + 1;
    }

    private static byte[] readAndRelease(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        }
        finally {
            DataBufferUtils.release(buffer);
        }
    }

    /** The chunked body, now read in full: passed on with a Content-Length instead of Transfer-Encoding. */
    private static final class FixedLengthRequest extends ServerHttpRequestDecorator {

        private final byte[] body;
        private final DataBufferFactory buffers;
        private final HttpHeaders headers;

        FixedLengthRequest(ServerHttpRequest delegate, byte[] body, DataBufferFactory buffers) {
            super(delegate);
            this.body = body;
            this.buffers = buffers;
            this.headers = new HttpHeaders();
            this.headers.putAll(delegate.getHeaders());
            this.headers.remove(HttpHeaders.TRANSFER_ENCODING);
            this.headers.setContentLength(body.length);
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            // A fresh heap buffer per subscription: nothing leaks if the body is never read, or read twice (retry).
            return Flux.defer(() -> Flux.just(buffers.wrap(body)));
        }
    }
}
