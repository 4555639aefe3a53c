package cn.procuratorate.wages.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Client threads that each write one thing after another until stopped, keeping every answer they saw (or that they
 * saw none), so a test can compare what the clients were told was accepted with what is stored afterwards.
 */
final class SteadyWrites implements AutoCloseable {

    /** One write; {@code n} numbers the writes of all threads of this stream, for unique content. */
    interface Write {
        Outcome attempt(int n) throws Exception;
    }

    /**
     * What a client saw: the final status (-1 for no answer at all), the id of what was accepted, how long it took,
     * when it was answered (nanoTime), and whether the body was an {@code application/problem+json} problem.
     */
    record Outcome(int status, String id, Duration took, long at, boolean problem) {

        static Outcome of(Http.Answer answer, String id) {
            String type = answer.header("Content-Type");
            return new Outcome(answer.status(), id, answer.took(), System.nanoTime(),
                    type != null && type.startsWith("application/problem+json"));
        }

        static Outcome noAnswer(Duration took) {
            return new Outcome(-1, null, took, System.nanoTime(), false);
        }

        /** When the request was sent (nanoTime). */
        long sent() {
            return at - took.toNanos();
        }

        boolean accepted() {
            return status >= 200 && status < 300;
        }
    }

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger counter = new AtomicInteger();
    private final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    private final List<Thread> threads = new ArrayList<>();

    SteadyWrites(String name, int threads, Duration pause, Write write) {
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                while (running.get()) {
                    long started = System.nanoTime();
                    try {
                        outcomes.add(write.attempt(counter.getAndIncrement()));
                    } catch (InterruptedException e) {
                        return;
                    } catch (Exception e) {
                        outcomes.add(Outcome.noAnswer(Duration.ofNanos(System.nanoTime() - started)));
                    }
                    sleep(pause);
                }
            }, name + "-" + t);
            thread.setDaemon(true);
            this.threads.add(thread);
            thread.start();
        }
    }

    /** Stops the threads after their current write and returns every outcome. */
    List<Outcome> stop() throws InterruptedException {
        running.set(false);
        for (Thread thread : threads) {
            thread.join(30_000);
        }
        synchronized (outcomes) {
            return List.copyOf(outcomes);
        }
    }

    List<Outcome> soFar() {
        synchronized (outcomes) {
            return List.copyOf(outcomes);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    static List<String> acceptedIds(List<Outcome> outcomes) {
        return outcomes.stream().filter(Outcome::accepted).map(Outcome::id).toList();
    }

    /** The nearest-rank percentile of the time taken, in milliseconds. */
    static long percentileMillis(List<Outcome> outcomes, double percentile) {
        List<Long> millis = outcomes.stream().map(o -> o.took().toMillis()).sorted().toList();
        if (millis.isEmpty()) {
            throw new IllegalArgumentException("no outcomes");
        }
        int rank = (int) Math.ceil(percentile / 100 * millis.size());
        return millis.get(Math.max(0, rank - 1));
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
