package cn.procuratorate.wages.common.remote;

import cn.procuratorate.wages.common.web.RequestIds;
import feign.RequestInterceptor;
import feign.RequestTemplate;
import org.slf4j.MDC;

/** Passes the current request id on to the service a Feign client calls, so one id follows the whole request. */
public class RequestIdRelay implements RequestInterceptor {

    @Override
    public void apply(RequestTemplate template) {
        String requestId = MDC.get(RequestIds.MDC_KEY);
        if (requestId != null) {
            template.header(RequestIds.HEADER, requestId);
        }
    }
}
