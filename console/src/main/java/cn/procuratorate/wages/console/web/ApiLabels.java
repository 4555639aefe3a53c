package cn.procuratorate.wages.console.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names for the codes the API returns (enums: case stage, type and action, petition channel and stage, suggestion
 * kind and stage; the keys of a finding's figures) in the page's language. The services label their codes in
 * Chinese only; the console translates the code by the message {@code api.<group>.<CODE>} and, for a code it does
 * not know (a new enum value), shows the service's own label. The Chinese names are the services' labels
 * ({@code messages.properties} has no copies to drift from them), except for figure keys, which have none.
 * In templates: {@code ${@apiLabels.of('case-stage', c.workflow.stage, c.workflow.stageLabel)}}.
 */
@Component("apiLabels")
public class ApiLabels {

    private final MessageSource messages;

    public ApiLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** The code's name in the current language; else the API's label; else the code itself. */
    public String of(String group, String code, String apiLabel) {
        String fallback = apiLabel != null ? apiLabel : code;
        if (code == null || code.isBlank()) {
            return fallback;
        }
        return messages.getMessage("api." + group + "." + code, null, fallback, LocaleContextHolder.getLocale());
    }

    /** A code that has no label from the API (e.g. a figure's key). */
    public String of(String group, String code) {
        return of(group, code, null);
    }
}
