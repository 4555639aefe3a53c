package cn.procuratorate.wages.common.problem;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * 404: no resource of this kind with this id (or not visible to the caller). The resource's name in the detail is
 * looked up as {@code resource.<resource>} in the service's messages, so a Chinese answer names it in Chinese.
 */
public class NotFoundException extends ApiException {

    public NotFoundException(String resource, Object id) {
        super(ProblemKind.NOT_FOUND, "problem.detail.not-found", resourceName(resource), id);
        with("resource", resource);
        with("id", String.valueOf(id));
    }

    private static DefaultMessageSourceResolvable resourceName(String resource) {
        return new DefaultMessageSourceResolvable(new String[] {"resource." + resource}, resource);
    }
}
