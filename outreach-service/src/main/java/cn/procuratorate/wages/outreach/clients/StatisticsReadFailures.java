package cn.procuratorate.wages.outreach.clients;

import cn.procuratorate.wages.common.problem.ApiException;
import cn.procuratorate.wages.common.remote.RemoteCallFailures;
import feign.FeignException;
import java.util.Optional;
import java.util.Set;

/**
 * What a failed statistics read becomes: no answer (refused connection, timeout, 5xx, open breaker) is the source
 * being unavailable, which the detection reports as missing data; another 4xx is a refusal (a parameter or a scope
 * outreach got wrong), passed on with its status rather than hidden as an outage.
 */
final class StatisticsReadFailures {

    /** 4xx answers that say "not now" rather than "no": our token, a timeout at its edge, its rate limit. */
    private static final Set<Integer> TRANSIENT_REFUSALS = Set.of(401, 408, 429);

    private StatisticsReadFailures() {
    }

    static ApiException of(String service, Throwable cause) {
        Optional<FeignException> refusal = RemoteCallFailures.clientError(cause)
                .filter(answer -> !TRANSIENT_REFUSALS.contains(answer.status()));
        return refusal.isPresent() ? RemoteCallFailures.refused(service, refusal.get())
                : RemoteCallFailures.unavailable(service, cause);
    }
}
