package cn.procuratorate.wages.common.audit;

import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.common.web.RequestIds;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.UrlPathHelper;

/**
 * Records every write to {@code /api/**} (POST, PUT, PATCH, DELETE) once it has completed, whatever its status:
 * refused attempts (401, 403, 400) are what an auditor looks for. Placed before Spring Security, so that refusals at
 * the door pass through it too; what it records comes from the request's metadata only, never from bodies.
 */
class AuditFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AuditFilter.class);

    static final String API_PREFIX = "/api/";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** Ids as the services make them; anything else (a name, an id card number) is not recorded. */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final RequestAttributeSecurityContextRepository REQUEST_SECURITY =
            new RequestAttributeSecurityContextRepository();

    private final AuditTrail trail;
    private final Clock clock;
    private final Supplier<HandlerMapping> routes;

    /** @param routes the application's request mappings, to name the route of a request refused at the door */
    AuditFilter(AuditTrail trail, Clock clock, Supplier<HandlerMapping> routes) {
        this.trail = trail;
        this.clock = clock;
        this.routes = routes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean completed = false;
        try {
            chain.doFilter(request, response);
            completed = true;
        } finally {
            if (completed && request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new WhenComplete(request, response));
            } else {
                // An exception that escapes every handler ends as the container's 500.
                audit(request, response, completed ? response.getStatus() : 500);
            }
        }
    }

    private void audit(HttpServletRequest request, HttpServletResponse response, int status) {
        try {
            @SuppressWarnings("unchecked")
            List<AuditTrail.Description> described =
                    (List<AuditTrail.Description>) request.getAttribute(AuditTrail.DESCRIPTIONS);
            boolean write = WRITES.contains(request.getMethod())
                    && UrlPathHelper.defaultInstance.getPathWithinApplication(request).startsWith(API_PREFIX);
            if (!write && described == null) {
                return;
            }
            String requestId = MDC.get(RequestIds.MDC_KEY);
            AuditEntry entry = AuditEntry.by(callerOf(request), clock.instant(),
                            requestId != null ? requestId : response.getHeader(RequestIds.HEADER))
                    .request(request.getMethod(), routeOf(request), resourceIdOf(request, response), status);
            if (described == null) {
                trail.record(entry);
            } else {
                described.forEach(d -> trail.record(entry.described(d.action(), d.detail())));
            }
        } catch (RuntimeException e) {
            // The answer is out already; a bug here must not reach the client either.
            log.warn("Audit entry not prepared: {}", e.getClass().getSimpleName());
        }
    }

    /**
     * Spring Security has cleared its holder by the time the chain returns here; the bearer token filter leaves the
     * request's security context in a request attribute, which {@link Caller} is asked to read (so the token's format
     * stays known in one place).
     */
    private static Optional<Caller> callerOf(HttpServletRequest request) {
        Optional<Caller> current = Caller.current();
        if (current.isPresent() || !REQUEST_SECURITY.containsContext(request)) {
            return current;
        }
        SecurityContextHolder.setContext(REQUEST_SECURITY.loadDeferredContext(request).get());
        try {
            return Caller.current();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The route pattern, never the raw path or query string (they may carry personal data). */
    private String routeOf(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern == null) {
            pattern = lookUpRoute(request);
        }
        String route = pattern == null ? null : pattern.toString();
        return route != null && route.startsWith(API_PREFIX) ? route : null;
    }

    /** A request refused before the DispatcherServlet (401) was never matched: match it now, for its name only. */
    private Object lookUpRoute(HttpServletRequest request) {
        try {
            if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
                ServletRequestPathUtils.parseAndCache(request);
            }
            routes.get().getHandler(request);
            return request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        } catch (Exception noRoute) {
            // No such route or method: the entry then has no route.
            return null;
        }
    }

    /** The id in the {@code Location} of a created resource, else the route's {@code {id}}. */
    private static String resourceIdOf(HttpServletRequest request, HttpServletResponse response) {
        String location = response.getHeader(HttpHeaders.LOCATION);
        if (location != null) {
            try {
                String path = URI.create(location).getPath();
                if (path != null) {
                    String id = path.substring(path.lastIndexOf('/') + 1);
                    if (SAFE_ID.matcher(id).matches()) {
                        return id;
                    }
                }
            } catch (IllegalArgumentException notAUri) {
                // Fall back to the path variable.
            }
        }
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables instanceof Map<?, ?> map && map.get("id") instanceof String id && SAFE_ID.matcher(id).matches()) {
            return id;
        }
        return null;
    }

    /** An asynchronous request is complete (and has its status) only when its async context completes. */
    private final class WhenComplete implements AsyncListener {

        private final HttpServletRequest request;
        private final HttpServletResponse response;

        WhenComplete(HttpServletRequest request, HttpServletResponse response) {
            this.request = request;
            this.response = response;
        }

        @Override
        public void onComplete(AsyncEvent event) {
            audit(request, response, response.getStatus());
        }

        @Override
        public void onTimeout(AsyncEvent event) {
        }

        @Override
        public void onError(AsyncEvent event) {
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
        }
    }
}
