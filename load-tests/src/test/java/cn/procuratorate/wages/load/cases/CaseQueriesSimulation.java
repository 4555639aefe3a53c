package cn.procuratorate.wages.load.cases;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import cn.procuratorate.wages.load.MeasuredPhases;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * case-service's list queries and the employer summary, straight against the service (no gateway: this measures
 * the service and its database queries). Closed model: each kind of request on its own, a warm-up then the
 * measured phase, one kind after the other, so that figures never mix. Run by bench/cases.sh, which seeds the
 * database and passes the settings:
 * <ul>
 * <li>{@code BENCH_CASE_SERVICE_URL}, {@code BENCH_TOKEN}: where, and a staff token of the seeded unit;</li>
 * <li>{@code BENCH_FEEDERS}: the seeder's folder (employers.csv, filters.csv); phases.csv, the figures of each
 * measured phase ({@link MeasuredPhases}), is written there too;</li>
 * <li>{@code BENCH_QUERIES}: which kinds, e.g. {@code newest,filter,overdue,employer,summary} (the default);</li>
 * <li>{@code BENCH_USERS} (8), {@code BENCH_WARM_UP_SECONDS} (5; 0: none), {@code BENCH_SECONDS} (30);</li>
 * <li>{@code BENCH_TIMEOUT_SECONDS} (120): a slower answer is an error. Above Gatling's 60 s, because the dev
 * database on its H2 file scans for tens of seconds at 100,000 cases, and a slow answer should count as slow.</li>
 * </ul>
 */
public class CaseQueriesSimulation extends Simulation {

    /** A kind of request: its id in BENCH_QUERIES, its name in Gatling's statistics, and how it is made. */
    private record Query(String id, String name, FeederBuilder<String> feeder,
            Function<String, HttpRequestActionBuilder> request) {
    }

    private final Settings settings = Settings.fromEnvironment(System.getenv());
    private final MeasuredPhases measured = new MeasuredPhases();

    {
        List<Query> queries = queries();
        if (queries.isEmpty()) {
            throw new IllegalStateException("BENCH_QUERIES names none of newest,filter,overdue,employer,summary");
        }
        PopulationBuilder run = null;
        // Built from the last kind back, because each phase names the one that follows it.
        for (int i = queries.size() - 1; i >= 0; i--) {
            Query query = queries.get(i);
            PopulationBuilder measuring = phase(query, false);
            if (run != null) {
                measuring = measuring.andThen(run);
            }
            run = settings.warmUp().isZero() ? measuring : phase(query, true).andThen(measuring);
        }
        setUp(run).protocols(http.baseUrl(settings.baseUrl())
                .authorizationHeader("Bearer " + settings.token())
                .acceptHeader("application/json")
                // One pool for all virtual users, as a gateway or front end keeps connections open.
                .shareConnections()
                // Gatling's own warm-up request would go to an outside site.
                .disableWarmUp());
    }

    @Override
    public void after() {
        measured.write(settings.feeders().resolve("phases.csv"));
    }

    private List<Query> queries() {
        FeederBuilder<String> employers = csv(settings.feeders().resolve("employers.csv").toString()).random();
        FeederBuilder<String> filters = csv(settings.feeders().resolve("filters.csv").toString()).random();
        List<Query> all = List.of(
                new Query("newest", "list newest first", null, name -> http(name).get("/api/cases")),
                new Query("filter", "list by stage and region", filters, name -> http(name).get("/api/cases")
                        .queryParam("stage", "#{stage}").queryParam("regionCode", "#{regionCode}")),
                new Query("overdue", "list overdue", null,
                        name -> http(name).get("/api/cases").queryParam("overdue", "true")),
                new Query("employer", "list by employer", employers, name -> http(name).get("/api/cases")
                        .queryParam("employerCreditCode", "#{creditCode}")),
                new Query("summary", "employer summary", employers,
                        name -> http(name).get("/api/cases/employers/#{creditCode}/summary")));
        return all.stream().filter(query -> settings.queries().contains(query.id())).toList();
    }

    private PopulationBuilder phase(Query query, boolean warmUp) {
        String name = warmUp ? query.name() + " (warm-up)" : query.name();
        HttpRequestActionBuilder http = query.request().apply(name).requestTimeout(settings.timeout())
                .check(MeasuredPhases.responseTime());
        ChainBuilder request = query.feeder() == null ? exec(http) : feed(query.feeder()).exec(http);
        ScenarioBuilder scenario = scenario(name).exec(warmUp ? request : measured.around(name, request));
        return scenario.injectClosed(constantConcurrentUsers(settings.users())
                .during(warmUp ? settings.warmUp() : settings.measured()));
    }

    record Settings(String baseUrl, String token, Path feeders, List<String> queries, int users, Duration warmUp,
            Duration measured, Duration timeout) {

        static Settings fromEnvironment(Map<String, String> env) {
            return new Settings(required(env, "BENCH_CASE_SERVICE_URL"), required(env, "BENCH_TOKEN"),
                    Path.of(required(env, "BENCH_FEEDERS")),
                    Arrays.asList(env.getOrDefault("BENCH_QUERIES", "newest,filter,overdue,employer,summary")
                            .split(",")),
                    Integer.parseInt(env.getOrDefault("BENCH_USERS", "8")),
                    Duration.ofSeconds(Long.parseLong(env.getOrDefault("BENCH_WARM_UP_SECONDS", "5"))),
                    Duration.ofSeconds(Long.parseLong(env.getOrDefault("BENCH_SECONDS", "30"))),
                    Duration.ofSeconds(Long.parseLong(env.getOrDefault("BENCH_TIMEOUT_SECONDS", "120"))));
        }

        private static String required(Map<String, String> env, String name) {
            return Optional.ofNullable(env.get(name)).filter(value -> !value.isBlank())
                    .orElseThrow(() -> new IllegalStateException(name + " is not set (see bench/cases.sh)"));
        }
    }
}
