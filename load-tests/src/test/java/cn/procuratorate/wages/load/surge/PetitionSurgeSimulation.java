package cn.procuratorate.wages.load.surge;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import cn.procuratorate.wages.load.Env;
import cn.procuratorate.wages.load.MeasuredPhases;
import cn.procuratorate.wages.load.people.SyntheticPeople;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Spring Festival surge (春节前讨薪高峰): migrant workers submit petitions on the public page at a rate that rises
 * level by level, while clerks of the unit list the petitions and route some into cases, all through the gateway.
 * Open model: each level runs {@code BENCH_LEVEL_SECONDS} at {@code BENCH_SURGE_START + k * BENCH_SURGE_STEP}
 * submissions per second ({@code BENCH_SURGE_LEVELS} levels), the clerks at {@code BENCH_CLERK_LISTS} lists and
 * {@code BENCH_CLERK_ROUTINGS} routings per second at every level. Each kind of request is measured per level, so
 * the script can name the highest level whose p99 stayed within the limit.
 * <p>
 * A submission: {@code POST /api/public/petitions} with a valid resident ID and mobile of its own, an
 * {@code Idempotency-Key}, and an {@code X-Forwarded-For} of its own: the gateway, told to trust the loopback proxy
 * ({@code GATEWAY_RATE_TRUSTED_PROXIES}), then counts each petitioner in a bucket of their own, as it would real
 * people behind a load balancer. A routing: list the unit's online petitions, read one not yet routed (for its
 * ETag), {@code POST /api/petitions/{id}/routing}: petition-service records it and calls case-service at once.
 * <p>
 * Settings: {@code BENCH_GATEWAY_URL}, {@code BENCH_CLERK_TOKEN} (clerk1 of unit 110105), {@code BENCH_FEEDERS}
 * (where phases.csv goes), the rates above, and {@code BENCH_WARM_UP_SECONDS} (30) of submissions at the first
 * level's rate before the levels, not measured.
 */
public class PetitionSurgeSimulation extends Simulation {

    private static final Set<String> CLAIMED = ConcurrentHashMap.newKeySet();
    private static final AtomicLong PETITIONERS = new AtomicLong(ThreadLocalRandom.current().nextInt(1_000_000));

    private final Env env = Env.system();
    private final MeasuredPhases measured = new MeasuredPhases();
    private final String clerkToken = "Bearer " + env.required("BENCH_CLERK_TOKEN");

    {
        double start = env.decimal("BENCH_SURGE_START", 4);
        double step = env.decimal("BENCH_SURGE_STEP", 4);
        int levels = env.integer("BENCH_SURGE_LEVELS", 8);
        Duration level = env.seconds("BENCH_LEVEL_SECONDS", 20);
        double lists = env.decimal("BENCH_CLERK_LISTS", 2);
        double routings = env.decimal("BENCH_CLERK_ROUTINGS", 1);
        Duration warmUp = env.seconds("BENCH_WARM_UP_SECONDS", 30);
        List<PopulationBuilder> populations = new ArrayList<>();
        if (!warmUp.isZero()) {
            // Not measured: the JIT compiles the hot paths, connection pools fill.
            populations.add(scenario("warm-up submit")
                    .exec(session -> session.set("n", PETITIONERS.incrementAndGet()))
                    .exec(submitRequest("warm-up submit"))
                    .injectOpen(constantUsersPerSec(start).during(warmUp)));
        }
        for (int k = 0; k < levels; k++) {
            String rate = String.format(Locale.ROOT, "%.0f/s ", start + k * step);
            Duration before = warmUp.plus(level.multipliedBy(k));
            populations.add(scenario(rate + "submit").exec(submission(rate + "submit"))
                    .injectOpen(atRate(before, start + k * step, level)));
            if (lists > 0) {
                populations.add(scenario(rate + "clerk list").exec(measured.around(rate + "clerk list",
                                exec(listOnline(rate + "clerk list")))).injectOpen(atRate(before, lists, level)));
            }
            if (routings > 0) {
                populations.add(scenario(rate + "clerk route").exec(routing(rate))
                        .injectOpen(atRate(before, routings, level)));
            }
        }
        setUp(populations).protocols(http.baseUrl(env.required("BENCH_GATEWAY_URL"))
                .acceptHeader("application/json")
                .contentTypeHeader("application/json")
                .shareConnections()
                .disableWarmUp());
    }

    @Override
    public void after() {
        measured.write(Path.of(env.required("BENCH_FEEDERS")).resolve("phases.csv"));
    }

    private static OpenInjectionStep[] atRate(Duration before, double perSecond, Duration during) {
        return before.isZero() ? new OpenInjectionStep[] {constantUsersPerSec(perSecond).during(during)}
                : new OpenInjectionStep[] {nothingFor(before), constantUsersPerSec(perSecond).during(during)};
    }

    private ChainBuilder submission(String name) {
        return exec(session -> session.set("n", PETITIONERS.incrementAndGet()))
                .exec(measured.around(name, exec(submitRequest(name))));
    }

    /** Needs the petitioner's number {@code n} in the session. */
    private static io.gatling.javaapi.http.HttpRequestActionBuilder submitRequest(String name) {
        return http(name).post("/api/public/petitions")
                .header("Idempotency-Key", session -> UUID.randomUUID().toString())
                .header("X-Forwarded-For", session -> SyntheticPeople.clientAddress(session.getLong("n")))
                .body(StringBody(session -> petition(session.getLong("n"))))
                .check(status().is(201), MeasuredPhases.responseTime());
    }

    private static String petition(long n) {
        return """
                {"petitionerName":"务工人员%d","phone":"%s","residentId":"%s","regionCode":"110105",
                 "employerName":"某建筑劳务有限公司%d","amountOwed":"%d.00","monthsOwed":%d,"workersAffected":%d,
                 "summary":"春节前工程款结算后，班组%d个月的工资一直没有发放，多次讨要未果。"}"""
                .formatted(n, SyntheticPeople.mobile(n), SyntheticPeople.residentId(n), n % 500, 3000 + n % 50_000,
                        1 + n % 12, 1 + n % 30, 1 + n % 12);
    }

    private io.gatling.javaapi.http.HttpRequestActionBuilder listOnline(String name) {
        return http(name).get("/api/petitions").queryParam("channel", "ONLINE").queryParam("size", "20")
                .header("Authorization", clerkToken)
                .check(status().is(200), MeasuredPhases.responseTime(),
                        jmesPath("items[?!routing].id").ofList().optional().saveAs("unrouted"));
    }

    /** List, read one unrouted petition, route it; each request measured as a kind of its own. */
    private ChainBuilder routing(String rate) {
        String read = rate + "clerk read one";
        String route = rate + "clerk route";
        return measured.around(rate + "clerk list", exec(listOnline(rate + "clerk list")))
                .exec(session -> {
                    List<String> ids = new ArrayList<>(
                            session.contains("unrouted") ? session.getList("unrouted") : List.of());
                    Collections.shuffle(ids);
                    // Each petition is routed by one clerk only, as at a real desk: two clerks' overlapping
                    // list-read-route sequences would otherwise race for the same one (the second gets 409).
                    return ids.stream().filter(CLAIMED::add).findFirst().map(id -> session.set("id", id))
                            .orElseGet(() -> session.remove("id"));
                })
                .doIf(session -> session.contains("id")).then(
                        measured.around(read, exec(http(read).get("/api/petitions/#{id}")
                                .header("Authorization", clerkToken)
                                .check(status().is(200), header("ETag").saveAs("etag"),
                                        MeasuredPhases.responseTime())))
                        .exec(measured.around(route, exec(http(route).post("/api/petitions/#{id}/routing")
                                .header("Authorization", clerkToken).header("If-Match", "#{etag}")
                                .body(StringBody("""
                                        {"caseType":"WAGE_CRIME","industryCode":"E4710","employerKind":"COMPANY",
                                         "employerCreditCode":"91110108551385082Q"}"""))
                                .check(status().in(200, 202), MeasuredPhases.responseTime())))));
    }
}
