package cn.procuratorate.wages.petitions.clients;

import cn.procuratorate.wages.common.problem.NotFoundException;
import cn.procuratorate.wages.common.remote.RemoteCallFailures;
import feign.FeignException;
import org.springframework.cloud.openfeign.FallbackFactory;
import org.springframework.stereotype.Component;

/**
 * Not a fallback that invents data: it turns a failed call into the error the clerk should see. A 404 from
 * case-service means the linked case is gone; another 4xx is case-service's refusal, passed on with its status;
 * anything else means case-service is unavailable (503).
 */
@Component
class CaseServiceFailures implements FallbackFactory<CaseServiceClient> {

    @Override
    public CaseServiceClient create(Throwable cause) {
        return id -> {
            FeignException refusal = RemoteCallFailures.clientError(cause).orElse(null);
            if (refusal == null) {
                throw RemoteCallFailures.unavailable(CaseServiceClient.SERVICE, cause);
            }
            if (refusal.status() == 404) {
                throw new NotFoundException("case", id);
            }
            throw RemoteCallFailures.refused(CaseServiceClient.SERVICE, refusal);
        };
    }
}
