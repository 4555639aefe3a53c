package cn.procuratorate.wages.load.staff;

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
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A procuratorate's staff at work, through the gateway, at a steady rate (open model) for {@code BENCH_SECONDS}
 * after a {@code BENCH_WARM_UP_SECONDS} warm-up at the same rates, as procurator1 of unit 110105 (the handler of
 * the unit's demo cases):
 * <ul>
 * <li>{@code BENCH_LISTS} case lists a second: newest first, overdue, due within 7 days, by type, the second page;</li>
 * <li>{@code BENCH_STATISTICS} statistics a second, grouped by industry, region, month, type or stage;</li>
 * <li>{@code BENCH_CASE_WORK} cases a second worked on: register a wage crime case, read its allowed actions, take
 * three steps (start the arrest review, decide to arrest, start the prosecution review) and record a payment to
 * its worker, each step with the ETag of the step before ({@code If-Match}).</li>
 * </ul>
 * Each request kind is measured on its own. Settings: {@code BENCH_GATEWAY_URL}, {@code BENCH_TOKEN},
 * {@code BENCH_FEEDERS} (where phases.csv goes) and the rates above.
 */
public class StaffMixedSimulation extends Simulation {

    private static final List<String> LISTS = List.of("", "?overdue=true", "?dueWithinDays=7", "?type=WAGE_CRIME",
            "?page=1");
    private static final List<String> GROUPS = List.of("INDUSTRY", "REGION", "MONTH", "TYPE", "STAGE");
    private static final AtomicLong WORKERS = new AtomicLong(ThreadLocalRandom.current().nextInt(1_000_000));

    private final Env env = Env.system();
    private final MeasuredPhases measured = new MeasuredPhases();

    {
        Duration warmUp = env.seconds("BENCH_WARM_UP_SECONDS", 20);
        Duration during = env.seconds("BENCH_SECONDS", 300);
        List<PopulationBuilder> populations = new ArrayList<>();
        populations.add(scenario("list cases").exec(timed(false, "list cases", listCases()))
                .injectOpen(warmUpAt(env.decimal("BENCH_LISTS", 4), warmUp)));
        populations.add(scenario("statistics").exec(timed(false, "statistics", statistics()))
                .injectOpen(warmUpAt(env.decimal("BENCH_STATISTICS", 0.5), warmUp)));
        populations.add(scenario("case work").exec(caseWork(false))
                .injectOpen(warmUpAt(env.decimal("BENCH_CASE_WORK", 1), warmUp)));
        populations.add(scenario("list cases (measured)").exec(timed(true, "list cases", listCases()))
                .injectOpen(measuredAt(env.decimal("BENCH_LISTS", 4), warmUp, during)));
        populations.add(scenario("statistics (measured)").exec(timed(true, "statistics", statistics()))
                .injectOpen(measuredAt(env.decimal("BENCH_STATISTICS", 0.5), warmUp, during)));
        populations.add(scenario("case work (measured)").exec(caseWork(true))
                .injectOpen(measuredAt(env.decimal("BENCH_CASE_WORK", 1), warmUp, during)));
        setUp(populations)
                .protocols(http.baseUrl(env.required("BENCH_GATEWAY_URL"))
                        .authorizationHeader("Bearer " + env.required("BENCH_TOKEN"))
                        .acceptHeader("application/json")
                        .contentTypeHeader("application/json")
                        .shareConnections()
                        .disableWarmUp());
    }

    @Override
    public void after() {
        measured.write(Path.of(env.required("BENCH_FEEDERS")).resolve("phases.csv"));
    }

    private static OpenInjectionStep[] warmUpAt(double perSecond, Duration warmUp) {
        return warmUp.isZero() ? new OpenInjectionStep[] {nothingFor(Duration.ZERO)}
                : new OpenInjectionStep[] {constantUsersPerSec(perSecond).during(warmUp)};
    }

    private static OpenInjectionStep[] measuredAt(double perSecond, Duration after, Duration during) {
        return new OpenInjectionStep[] {nothingFor(after), constantUsersPerSec(perSecond).during(during)};
    }

    /** The request measured as {@code kind} (only in the measured phase). */
    private ChainBuilder timed(boolean measuring, String kind, HttpRequestActionBuilder request) {
        ChainBuilder chain = exec(request.check(MeasuredPhases.responseTime()));
        return measuring ? measured.around(kind, chain) : chain;
    }

    private static HttpRequestActionBuilder listCases() {
        return http("list cases").get(session -> "/api/cases" + pick(LISTS)).check(status().is(200));
    }

    private static HttpRequestActionBuilder statistics() {
        return http("statistics").get(session -> "/api/cases/statistics?groupBy=" + pick(GROUPS))
                .check(status().is(200));
    }

    private ChainBuilder caseWork(boolean measuring) {
        return exec(session -> session.set("n", WORKERS.incrementAndGet())
                        .set("today", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()))
                .exec(timed(measuring, "register case", http("register case").post("/api/cases")
                        .body(StringBody(session -> newCase(session.getLong("n"))))
                        .check(status().is(201), jmesPath("id").saveAs("id"), jmesPath("workers[0].id")
                                .saveAs("worker"), header("ETag").saveAs("etag"))))
                .exec(timed(measuring, "allowed actions", http("allowed actions").get("/api/cases/#{id}/transitions")
                        .check(status().is(200))))
                .exec(step(measuring, "{\"action\":\"START_ARREST_REVIEW\"}"))
                .exec(step(measuring, "{\"action\":\"DECIDE_ARREST\",\"decision\":\"ARREST\"}"))
                .exec(step(measuring, "{\"action\":\"START_PROSECUTION_REVIEW\"}"))
                .exec(timed(measuring, "payment", http("payment").post("/api/cases/#{id}/payments")
                        .header("If-Match", "#{etag}")
                        .body(StringBody("""
                                {"workerId":"#{worker}","amount":"1000.00","paidOn":"#{today}","channel":"EMPLOYER"}"""))
                        .check(status().is(200), header("ETag").saveAs("etag"))));
    }

    private ChainBuilder step(boolean measuring, String body) {
        return timed(measuring, "transition", http("transition").post("/api/cases/#{id}/transitions")
                .header("If-Match", "#{etag}").body(StringBody(body))
                .check(status().is(200), header("ETag").saveAs("etag")));
    }

    private static String newCase(long n) {
        return """
                {"type":"WAGE_CRIME","title":"压测案件%d","regionCode":"110105","industryCode":"E4710",
                 "facts":{"suspectDetained":true},
                 "employer":{"name":"某建筑劳务有限公司","creditCode":"91110108551385082Q","kind":"COMPANY"},
                 "workers":[{"name":"务工人员%d","residentId":"%s","phone":"%s","monthsOwed":3,"amountOwed":"12800.50"}]}"""
                .formatted(n, n, SyntheticPeople.residentId(n), SyntheticPeople.mobile(n));
    }

    private static String pick(List<String> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }
}
