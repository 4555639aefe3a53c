package cn.procuratorate.wages.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The figures of each measured phase of a simulation: requests, failures, exact percentiles of Gatling's response
 * times, and throughput over the phase's own window (first request sent to last answer received). Gatling's report
 * divides every count by the length of the whole run, warm-ups included, and keeps its per-request figures only in
 * HTML and a binary log, so a script reads these instead, from one CSV line per phase.
 */
public final class MeasuredPhases {

    private static final String RESPONSE_TIME = "measuredResponseTime";

    private final Map<String, Phase> phases = new ConcurrentHashMap<>();

    /** The check to add to a measured request: it keeps the response time for {@link #around}. */
    public static CheckBuilder responseTime() {
        return responseTimeInMillis().saveAs(RESPONSE_TIME);
    }

    /** {@code requests} counted in the phase {@code name}. */
    public ChainBuilder around(String name, ChainBuilder requests) {
        Phase phase = phases.computeIfAbsent(name, Phase::new);
        return exec(session -> {
            phase.sent(System.currentTimeMillis());
            return session;
        }).exec(requests).exec(session -> {
            phase.answered(System.currentTimeMillis(), session.isFailed(), responseTimeOf(session));
            return session;
        });
    }

    /** {@code name,requests,errors,seconds,requestsPerSecond,p50Millis,p99Millis,firstMillis,lastMillis}. */
    public void write(Path file) {
        List<String> lines = new ArrayList<>(List.of(
                "name,requests,errors,seconds,requestsPerSecond,p50Millis,p99Millis,firstMillis,lastMillis"));
        phases.values().stream().sorted(Comparator.comparingLong(Phase::first)).map(Phase::csv).forEach(lines::add);
        try {
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int responseTimeOf(Session session) {
        return session.contains(RESPONSE_TIME) ? session.getInt(RESPONSE_TIME) : -1;
    }

    private static final class Phase {

        private final String name;
        private final List<Integer> responseTimes = new ArrayList<>();
        private long first;
        private long last;
        private int requests;
        private int errors;

        Phase(String name) {
            this.name = name;
        }

        synchronized void sent(long now) {
            first = first == 0 ? now : Math.min(first, now);
        }

        /** {@code responseTime} -1: none (no response came). */
        synchronized void answered(long now, boolean failed, int responseTime) {
            last = Math.max(last, now);
            requests++;
            errors += failed ? 1 : 0;
            if (responseTime >= 0) {
                responseTimes.add(responseTime);
            }
        }

        synchronized long first() {
            return first;
        }

        synchronized String csv() {
            List<Integer> sorted = responseTimes.stream().sorted().toList();
            double seconds = (last - first) / 1000.0;
            return String.join(",", name, String.valueOf(requests), String.valueOf(errors),
                    String.format(Locale.ROOT, "%.1f", seconds), String.format(Locale.ROOT, "%.2f", requests / seconds),
                    String.valueOf(percentile(sorted, 50)), String.valueOf(percentile(sorted, 99)),
                    String.valueOf(first), String.valueOf(last));
        }

        /** Nearest rank: the smallest time that at least {@code p}% of the requests did not exceed. */
        private static int percentile(List<Integer> sorted, int p) {
            return sorted.isEmpty() ? -1 : sorted.get((int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        }
    }
}
