package cn.procuratorate.wages.outreach.exchange;

import cn.procuratorate.wages.common.problem.ApiException;
import cn.procuratorate.wages.common.problem.ProblemDetailsHandler.FieldProblem;
import cn.procuratorate.wages.common.problem.ProblemKind;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A refusal of one field found after binding (a sector that is not the agency's, a cursor this service never gave),
 * shaped like a validation error: the problem names the field in {@code errors}, in the caller's language.
 */
@Component
public class FieldRefusals {

    private final MessageSource messages;

    FieldRefusals(MessageSource messages) {
        this.messages = messages;
    }

    public ApiException refuse(ProblemKind kind, String field, String messageCode, Object... args) {
        String message = messages.getMessage(messageCode, args, LocaleContextHolder.getLocale());
        return new ApiException(kind, messageCode, args).with("errors", List.of(new FieldProblem(field, message)));
    }
}
