package cn.procuratorate.wages.common.remote;

import feign.RetryableException;
import feign.Retryer;
import java.net.ConnectException;

/**
 * Feign's retry policy for every client: a call whose connection was refused is made again, up to twice, and the load
 * balancer picks the next instance each time (twice, because under concurrent calls round robin hands the dead instance
 * to a retry again about half the time). Nothing was sent, so this is safe for any call; a timeout, a reset or an answer is
 * never retried here. It matters when a service runs as several instances and one has died but is still listed
 * (until Eureka drops it, about 15 s in dev, 90 s and more with production timings): without it every other call to
 * that service fails, and the failures open its breaker although a healthy instance is there.
 *
 * <p>Runs inside the call's circuit breaker, so the breaker sees one outcome per call.
 */
public final class UnsentCallRetryer implements Retryer {

    static final int MAX_RETRIES = 2;

    private int retries;

    @Override
    public void continueOrPropagate(RetryableException failure) {
        if (retries >= MAX_RETRIES || !refused(failure)) {
            throw failure;
        }
        retries++;
    }

    /** A fresh count for each call (Feign clones the retryer per invocation). */
    @Override
    public Retryer clone() {
        return new UnsentCallRetryer();
    }

    private static boolean refused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }
}
