package cn.procuratorate.wages.common.problem;

/** 503: a service this request needs did not answer; nothing was done on its behalf. */
public class DependencyUnavailableException extends ApiException {

    public DependencyUnavailableException(String service, Throwable cause) {
        super(ProblemKind.SERVICE_UNAVAILABLE, cause, "problem.detail.dependency-unavailable", service);
        with("service", service);
    }
}
