package cn.procuratorate.wages.common.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.procuratorate.wages.common.web.RequestIds;
import jakarta.servlet.FilterChain;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.slf4j.MDC;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;

class AuditFilterTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private static final String CASE_ID = "65f1a2b3c4d5e6f708192a3b";

    private final MongoTemplate mongo = mock(MongoTemplate.class);
    private final AuditTrail trail = new AuditTrail(new AuditLog(mongo), Clock.fixed(NOW, ZoneOffset.UTC));
    /** What the application's request mappings would say about a request refused before them. */
    private HandlerMapping routes = request -> null;
    private final AuditFilter filter = new AuditFilter(trail, Clock.fixed(NOW, ZoneOffset.UTC), () -> routes);

    @AfterEach
    void clear() {
        MDC.clear();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void recordsACreatedResourceWithCallerRouteIdStatusAndRequestIdButNoBodyOrQuery() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/cases");
        request.setQueryString("worker=张三");
        request.setContent("{\"title\":\"张三被拖欠工资\"}".getBytes());
        MDC.put(RequestIds.MDC_KEY, "req-12345678");

        run(request, (req, res) -> {
            authenticated((MockHttpServletRequest) req, (MockHttpServletResponse) res, "procurator1", "PROCURATOR", "110105");
            req.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, "/api/cases");
            ((MockHttpServletResponse) res).setStatus(201);
            ((MockHttpServletResponse) res).setHeader("Location", "/api/cases/" + CASE_ID);
            res.getWriter().write("{\"title\":\"张三被拖欠工资\"}");
        });

        assertThat(written()).singleElement().isEqualTo(new AuditRecord(null, NOW, "procurator1", List.of("PROCURATOR"),
                "110105", "req-12345678", "POST", "/api/cases", CASE_ID, 201, null, null));
    }

    @Test
    void aRefusalAtTheDoorIsRecordedAsAnonymousWithTheRouteItAimedAt() throws Exception {
        routes = request -> {
            request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, "/api/cases/{id}");
            request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("id", CASE_ID));
            return null;
        };
        MockHttpServletRequest request = new MockHttpServletRequest("DELETE", "/api/cases/" + CASE_ID);

        MockHttpServletResponse response = run(request, (req, res) -> ((MockHttpServletResponse) res).setStatus(401));

        assertThat(written()).singleElement().satisfies(entry -> {
            assertThat(entry.subject()).isEqualTo(AuditEntry.ANONYMOUS);
            assertThat(entry.roles()).isEmpty();
            assertThat(entry.route()).isEqualTo("/api/cases/{id}");
            assertThat(entry.resourceId()).isEqualTo(CASE_ID);
            assertThat(entry.status()).isEqualTo(401);
            // Without a request id in the MDC (e.g. on completion of an async request), the echoed header names it.
            assertThat(entry.requestId()).isEqualTo(response.getHeader(RequestIds.HEADER));
        });
    }

    @Test
    void aPathVariableThatIsNotAPlainIdIsNotRecorded() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/api/workers/110101199003077777张三");

        run(request, (req, res) -> {
            req.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, "/api/workers/{id}");
            req.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("id", "110101199003077777张三"));
            ((MockHttpServletResponse) res).setStatus(204);
        });

        assertThat(written()).singleElement().satisfies(entry -> {
            assertThat(entry.route()).isEqualTo("/api/workers/{id}");
            assertThat(entry.resourceId()).isNull();
        });
    }

    @Test
    void readsAndWritesOutsideTheApiAreNotRecorded() throws Exception {
        run(new MockHttpServletRequest("GET", "/api/cases"), (req, res) -> { });
        run(new MockHttpServletRequest("HEAD", "/api/cases"), (req, res) -> { });
        run(new MockHttpServletRequest("POST", "/actuator/refresh"), (req, res) -> { });

        assertThat(written()).isEmpty();
    }

    @Test
    void domainCodeDescribesTheChangeInTheRequestsEntryAndStillGetsItsStatus() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("PATCH", "/api/cases/" + CASE_ID);

        run(request, (req, res) -> {
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes((MockHttpServletRequest) req));
            trail.record("case.stage-changed", "REGISTERED → INVESTIGATING");
            ((MockHttpServletResponse) res).setStatus(409);
        });
        // A read of sensitive data is recorded when its code describes it.
        run(new MockHttpServletRequest("GET", "/api/cases/" + CASE_ID), (req, res) -> {
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes((MockHttpServletRequest) req));
            trail.record("case.parties-viewed", null);
        });

        assertThat(written()).extracting(AuditRecord::method, AuditRecord::action, AuditRecord::detail, AuditRecord::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("PATCH", "case.stage-changed", "REGISTERED → INVESTIGATING", 409),
                        org.assertj.core.groups.Tuple.tuple("GET", "case.parties-viewed", null, 200));
    }

    @Test
    void workOutsideARequestIsRecordedAsTheSystemAtOnce() {
        trail.record("delivery.sent", "outbox item delivered to case-service");

        assertThat(written()).singleElement().satisfies(entry -> {
            assertThat(entry.subject()).isEqualTo(AuditEntry.SYSTEM);
            assertThat(entry.time()).isEqualTo(NOW);
            assertThat(entry.action()).isEqualTo("delivery.sent");
        });
    }

    @Test
    void aFailedAuditInsertNeverReachesTheClient() throws Exception {
        when(mongo.insert(any(AuditRecord.class))).thenThrow(new DataAccessResourceFailureException("down"));

        MockHttpServletResponse response = run(new MockHttpServletRequest("POST", "/api/cases"),
                (req, res) -> ((MockHttpServletResponse) res).setStatus(201));

        assertThat(response.getStatus()).isEqualTo(201);
        trail.close();
        assertThat(trail.failures()).isEqualTo(1);
    }

    @Test
    void theAnswerDoesNotWaitForTheAuditInsert() throws Exception {
        CountDownLatch databaseHangs = new CountDownLatch(1);
        when(mongo.insert(any(AuditRecord.class))).thenAnswer(call -> {
            databaseHangs.await(5, TimeUnit.SECONDS);
            return call.getArgument(0);
        });

        long started = System.nanoTime();
        run(new MockHttpServletRequest("POST", "/api/cases"), (req, res) -> ((MockHttpServletResponse) res).setStatus(201));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        databaseHangs.countDown();
        assertThat(written()).hasSize(1);
    }

    @Test
    void anErrorThatEscapesTheHandlersIsRecordedAsA500() {
        assertThatThrownBy(() -> run(new MockHttpServletRequest("POST", "/api/cases"), (req, res) -> {
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(written()).singleElement().extracting(AuditRecord::status).isEqualTo(500);
    }

    @Test
    void anEntryAfterShutdownIsCountedAsLost() {
        trail.close();
        trail.record(AuditEntry.system(NOW));
        assertThat(trail.failures()).isEqualTo(1);
    }

    private MockHttpServletResponse run(MockHttpServletRequest request, FilterChain chain) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setHeader(RequestIds.HEADER, "req-from-header");
        filter.doFilter(request, response, chain);
        return response;
    }

    /** As the bearer token filter leaves it: in a request attribute, while the holder is cleared again. */
    private static void authenticated(MockHttpServletRequest request, MockHttpServletResponse response, String subject,
            String role, String unit) {
        Jwt jwt = Jwt.withTokenValue("token").header("alg", "RS256").subject(subject)
                .claim("roles", List.of(role)).claim("unit", unit).build();
        new RequestAttributeSecurityContextRepository().saveContext(
                new SecurityContextImpl(new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority("ROLE_" + role)))),
                request, response);
    }

    /** Waits for the writer to finish, then what it inserted. */
    private List<AuditRecord> written() {
        trail.close();
        if (mockingDetails(mongo).getInvocations().isEmpty()) {
            return List.of();
        }
        ArgumentCaptor<AuditRecord> inserted = ArgumentCaptor.forClass(AuditRecord.class);
        verify(mongo, atLeast(1)).insert(inserted.capture());
        return inserted.getAllValues();
    }
}
