package cn.procuratorate.wages.common.validation;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import java.util.Optional;

/**
 * How the identifier constraints report a defect: with the constraint's default message the violation names the
 * defect ({@code <prefix>check-character}), so a clerk knows which part to re-check; a field's own message is kept.
 */
public final class DefectViolations {

    private DefectViolations() {
    }

    /** True when there is no defect; otherwise reports it (see above) and answers false. */
    public static boolean report(Optional<? extends Enum<?>> defect, boolean namesDefect, String messagesPrefix,
            ConstraintValidatorContext context) {
        if (defect.isEmpty()) {
            return true;
        }
        if (namesDefect) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{" + messagesPrefix
                            + defect.get().name().toLowerCase(Locale.ROOT).replace('_', '-') + "}")
                    .addConstraintViolation();
        }
        return false;
    }
}
