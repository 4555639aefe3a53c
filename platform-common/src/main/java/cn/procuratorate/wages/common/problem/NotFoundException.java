package cn.procuratorate.wages.common.problem;

/** 404: no resource of this kind with this id (or not visible to the caller). */
public class NotFoundException extends ApiException {

    public NotFoundException(String resource, Object id) {
        super(ProblemKind.NOT_FOUND, "problem.detail.not-found", resource, id);
        with("resource", resource);
        with("id", String.valueOf(id));
    }
}
