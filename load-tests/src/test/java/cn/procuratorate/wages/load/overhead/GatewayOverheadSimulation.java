package cn.procuratorate.wages.load.overhead;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import cn.procuratorate.wages.load.Env;
import cn.procuratorate.wages.load.MeasuredPhases;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The gateway's cost: the same small authenticated GET ({@code BENCH_OVERHEAD_PATH}, by default one case by id)
 * through the gateway and straight to case-service, with the same token. Closed model, {@code BENCH_USERS} users
 * either way, in alternating phases: a warm-up of each, then {@code BENCH_ROUNDS} rounds of
 * {@code BENCH_PHASE_SECONDS} via the gateway followed by as long direct. Alternating rather than both at once, so
 * that each way has the machine to itself while it is measured (at once, the two would split the cores in a way that
 * depends on the scheduler), while other work on the machine still falls on both ways alike.
 * <p>
 * Settings: {@code BENCH_GATEWAY_URL}, {@code BENCH_CASE_SERVICE_URL}, {@code BENCH_TOKEN}, {@code BENCH_FEEDERS}
 * (where phases.csv goes), {@code BENCH_USERS} (16), {@code BENCH_ROUNDS} (3), {@code BENCH_PHASE_SECONDS} (15),
 * {@code BENCH_WARM_UP_SECONDS} (20).
 */
public class GatewayOverheadSimulation extends Simulation {

    static final String VIA_GATEWAY = "via gateway";
    static final String DIRECT = "direct to case-service";

    private final Env env = Env.system();
    private final MeasuredPhases measured = new MeasuredPhases();
    private final String path = env.required("BENCH_OVERHEAD_PATH");
    private final int users = env.integer("BENCH_USERS", 16);

    {
        HttpProtocolBuilder gateway = protocol(env.required("BENCH_GATEWAY_URL"));
        HttpProtocolBuilder direct = protocol(env.required("BENCH_CASE_SERVICE_URL"));
        Duration warmUp = env.seconds("BENCH_WARM_UP_SECONDS", 20);
        Duration phase = env.seconds("BENCH_PHASE_SECONDS", 15);
        List<PopulationBuilder> sequence = new ArrayList<>();
        if (!warmUp.isZero()) {
            sequence.add(population(VIA_GATEWAY + " (warm-up)", null, 0, warmUp).protocols(gateway));
            sequence.add(population(DIRECT + " (warm-up)", null, 0, warmUp).protocols(direct));
        }
        for (int round = 1; round <= env.integer("BENCH_ROUNDS", 3); round++) {
            sequence.add(population(VIA_GATEWAY + " #" + round, VIA_GATEWAY, round, phase).protocols(gateway));
            sequence.add(population(DIRECT + " #" + round, DIRECT, round, phase).protocols(direct));
        }
        PopulationBuilder run = sequence.get(sequence.size() - 1);
        for (int i = sequence.size() - 2; i >= 0; i--) {
            run = sequence.get(i).andThen(run);
        }
        setUp(run);
    }

    @Override
    public void after() {
        measured.write(Path.of(env.required("BENCH_FEEDERS")).resolve("phases.csv"));
    }

    /** {@code measuredAs} null: a warm-up, not counted. */
    private PopulationBuilder population(String name, String measuredAs, int round, Duration during) {
        ChainBuilder get = exec(http(measuredAs == null ? name : measuredAs).get(path)
                .check(status().is(200), MeasuredPhases.responseTime()));
        return scenario(name).exec(measuredAs == null ? get : measured.around(measuredAs, round, get))
                .injectClosed(constantConcurrentUsers(users).during(during));
    }

    private HttpProtocolBuilder protocol(String baseUrl) {
        return http.baseUrl(baseUrl)
                .authorizationHeader("Bearer " + env.required("BENCH_TOKEN"))
                .acceptHeader("application/json")
                // One pool for all virtual users, as a front end or another gateway keeps connections open.
                .shareConnections()
                .disableWarmUp();
    }
}
