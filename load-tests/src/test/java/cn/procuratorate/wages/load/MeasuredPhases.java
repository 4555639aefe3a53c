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
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The figures of each measured phase of a simulation: requests, failures, exact percentiles of Gatling's response
 * times, and throughput over the phase's own window (first request sent to last answer received). Gatling's report
 * divides every count by the length of the whole run, warm-ups included, and keeps its per-request figures only in
 * HTML and a binary log, so a script reads these instead, from one CSV line per phase.
 * <p>
 * A phase may be measured in several windows (e.g. alternating rounds of two kinds of request): its throughput is
 * then its requests over the sum of its windows, and the CSV lists each window, so that the CPU samples of exactly
 * those seconds can be matched to it.
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
        return around(name, 0, requests);
    }

    /** {@code requests} counted in the phase {@code name}, during its window number {@code window}. */
    public ChainBuilder around(String name, int window, ChainBuilder requests) {
        Phase phase = phases.computeIfAbsent(name, Phase::new);
        return exec(session -> {
            phase.sent(window, System.currentTimeMillis());
            return session;
        }).exec(requests).exec(session -> {
            phase.answered(window, System.currentTimeMillis(), session.isFailed(), responseTimeOf(session));
            return session;
        });
    }

    /**
     * {@code name,requests,errors,seconds,requestsPerSecond,p50Millis,p95Millis,p99Millis,firstMillis,lastMillis,
     * windows}; windows: {@code first-last} in epoch ms, separated by {@code ;}.
     */
    public void write(Path file) {
        List<String> lines = new ArrayList<>(List.of("name,requests,errors,seconds,requestsPerSecond,p50Millis,"
                + "p95Millis,p99Millis,firstMillis,lastMillis,windows"));
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
        /** Window number: {first sent, last answered}. */
        private final Map<Integer, long[]> windows = new TreeMap<>();
        private int requests;
        private int errors;

        Phase(String name) {
            this.name = name;
        }

        synchronized void sent(int window, long now) {
            long[] span = windows.computeIfAbsent(window, w -> new long[] {now, now});
            span[0] = Math.min(span[0], now);
        }

        /** {@code responseTime} -1: none (no response came). */
        synchronized void answered(int window, long now, boolean failed, int responseTime) {
            long[] span = windows.computeIfAbsent(window, w -> new long[] {now, now});
            span[1] = Math.max(span[1], now);
            requests++;
            errors += failed ? 1 : 0;
            if (responseTime >= 0) {
                responseTimes.add(responseTime);
            }
        }

        synchronized long first() {
            return windows.values().stream().mapToLong(span -> span[0]).min().orElse(0);
        }

        synchronized String csv() {
            List<Integer> sorted = responseTimes.stream().sorted().toList();
            double seconds = windows.values().stream().mapToLong(span -> span[1] - span[0]).sum() / 1000.0;
            long last = windows.values().stream().mapToLong(span -> span[1]).max().orElse(0);
            String spans = windows.values().stream().map(span -> span[0] + "-" + span[1])
                    .collect(Collectors.joining(";"));
            return String.join(",", name, String.valueOf(requests), String.valueOf(errors),
                    String.format(Locale.ROOT, "%.1f", seconds), String.format(Locale.ROOT, "%.2f", requests / seconds),
                    String.valueOf(percentile(sorted, 50)), String.valueOf(percentile(sorted, 95)),
                    String.valueOf(percentile(sorted, 99)), String.valueOf(first()), String.valueOf(last), spans);
        }

        /** Nearest rank: the smallest time that at least {@code p}% of the requests did not exceed. */
        private static int percentile(List<Integer> sorted, int p) {
            return sorted.isEmpty() ? -1 : sorted.get((int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        }
    }
}
