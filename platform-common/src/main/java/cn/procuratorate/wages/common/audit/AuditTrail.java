package cn.procuratorate.wages.common.audit;

import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.common.web.RequestIds;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The service's audit trail, in its own database (collection {@code audit_log}). Every write request is recorded
 * automatically when it completes ({@link AuditFilter}); domain code adds what changed and why with
 * {@link #record(String, String)}.
 *
 * <p>Entries are written by one background thread: the client's answer never waits for the audit insert and never
 * fails because of it (a database that is down would otherwise add its 3 s server-selection timeout to every write,
 * or turn a 201 into a 500). An entry that cannot be written is logged as a warning, without personal data, and
 * counted ({@link #failures()}).
 */
public class AuditTrail implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    /** Request attribute holding the domain changes described during a request, for {@link AuditFilter}. */
    static final String DESCRIPTIONS = AuditTrail.class.getName() + ".descriptions";

    /** Bounded, so an unreachable database cannot fill the heap with pending entries. */
    static final int QUEUE_CAPACITY = 10_000;
    private static final Duration DRAIN_ON_CLOSE = Duration.ofSeconds(5);

    private final AuditLog store;
    private final Clock clock;
    private final ExecutorService writer;
    private final AtomicLong failures = new AtomicLong();

    AuditTrail(AuditLog store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE_CAPACITY),
                task -> {
                    Thread thread = new Thread(task, "audit-writer");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Records this entry; returns at once and never throws. */
    public void record(AuditEntry entry) {
        try {
            writer.execute(() -> write(entry));
        } catch (RejectedExecutionException full) {
            lost(entry, full);
        }
    }

    /**
     * Records a domain change, e.g. {@code record("case.stage-changed", "REGISTERED → INVESTIGATING: 理由")}. Within a
     * request it becomes part of that request's entry, written when the request completes with its status (so a
     * change that then failed shows its 409 or 500), and a read that describes itself is recorded too. Outside a
     * request (scheduled work) it is an entry of its own at once.
     */
    public void record(String action, String detail) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            Optional<Caller> caller = Caller.current();
            AuditEntry entry = caller.isPresent()
                    ? AuditEntry.by(caller, clock.instant(), MDC.get(RequestIds.MDC_KEY))
                    : AuditEntry.system(clock.instant());
            record(entry.described(action, detail));
            return;
        }
        @SuppressWarnings("unchecked")
        List<Description> described =
                (List<Description>) request.getAttribute(DESCRIPTIONS, RequestAttributes.SCOPE_REQUEST);
        if (described == null) {
            described = new ArrayList<>();
            request.setAttribute(DESCRIPTIONS, described, RequestAttributes.SCOPE_REQUEST);
        }
        described.add(new Description(action, detail));
    }

    /** Entries that could not be written since start-up (database down, queue full, shutdown). */
    public long failures() {
        return failures.get();
    }

    private void write(AuditEntry entry) {
        // The warning of a failed insert carries the request id like every other log line of that request.
        if (entry.requestId() != null) {
            MDC.put(RequestIds.MDC_KEY, entry.requestId());
        }
        try {
            store.insert(entry);
        } catch (RuntimeException e) {
            lost(entry, e);
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }

    /** Route, status and action only: subject and resource id stay out of the log, which more people read. */
    private void lost(AuditEntry entry, Exception cause) {
        failures.incrementAndGet();
        log.warn("Audit entry not written ({}): {} {} -> {}{}", cause.getClass().getSimpleName(), entry.method(),
                entry.route(), entry.status(), entry.action() == null ? "" : " " + entry.action());
    }

    /** Writes what is pending (the database is still open: this bean depends on it), within a few seconds. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(DRAIN_ON_CLOSE.toMillis(), TimeUnit.MILLISECONDS)) {
                int dropped = writer.shutdownNow().size();
                failures.addAndGet(dropped);
                log.warn("{} audit entries not written at shutdown", dropped);
            }
        } catch (InterruptedException e) {
            writer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** A domain change described during a request. */
    record Description(String action, String detail) {
    }
}
