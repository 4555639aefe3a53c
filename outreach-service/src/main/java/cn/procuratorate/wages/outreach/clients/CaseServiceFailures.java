package cn.procuratorate.wages.outreach.clients;

import cn.procuratorate.wages.common.remote.RemoteCallFailures;
import org.springframework.cloud.openfeign.FallbackFactory;
import org.springframework.stereotype.Component;

/** Figures that cannot be read are reported as unavailable (503), never replaced by made-up or empty figures. */
@Component
class CaseServiceFailures implements FallbackFactory<CaseServiceClient> {

    @Override
    public CaseServiceClient create(Throwable cause) {
        return () -> {
            throw RemoteCallFailures.unavailable(CaseServiceClient.SERVICE, cause);
        };
    }
}
