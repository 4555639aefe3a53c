package cn.procuratorate.wages.outreach.clients;

import cn.procuratorate.wages.common.problem.NotFoundException;
import cn.procuratorate.wages.common.remote.RemoteCallFailures;
import feign.FeignException;
import org.springframework.cloud.openfeign.FallbackFactory;
import org.springframework.stereotype.Component;

/**
 * A 404 means the agency may see no case of the employer; another 4xx is case-service's answer to the agency's token
 * (passed on with its status); anything else means case-service is unavailable (503), never an empty summary.
 */
@Component
class CaseEmployersFailures implements FallbackFactory<CaseEmployersClient> {

    @Override
    public CaseEmployersClient create(Throwable cause) {
        FeignException refusal = RemoteCallFailures.clientError(cause).orElse(null);
        return creditCode -> {
            if (refusal == null) {
                throw RemoteCallFailures.unavailable(CaseEmployersClient.SERVICE, cause);
            }
            if (refusal.status() == 404) {
                throw new NotFoundException("employer", creditCode);
            }
            throw RemoteCallFailures.refused(CaseEmployersClient.SERVICE, refusal);
        };
    }
}
