package cn.procuratorate.wages.common.identifiers;

import cn.procuratorate.wages.common.identifiers.IndustryCode.Defect;
import jakarta.validation.ConstraintValidator;
import cn.procuratorate.wages.common.validation.DefectViolations;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Checks {@link Industry} with the rules of {@link IndustryCode}. */
final class IndustryValidator {

    private static final String MESSAGES = "cn.procuratorate.wages.common.identifiers.Industry.";
    private static final String DEFAULT_MESSAGE = "{" + MESSAGES + "message}";

    private IndustryValidator() {
    }

    /** With the default message the violation names the defect; a message of the field's own is kept as it is. */
    static boolean isValid(String raw, boolean namesDefect, ConstraintValidatorContext context) {
        if (raw == null) {
            return true;
        }
        Optional<Defect> defect = IndustryCode.defectOf(IndustryCode.normalise(raw));
        return DefectViolations.report(defect, namesDefect, MESSAGES, context);
    }

    public static final class OfString implements ConstraintValidator<Industry, String> {
        private boolean namesDefect;

        @Override
        public void initialize(Industry constraint) {
            namesDefect = DEFAULT_MESSAGE.equals(constraint.message());
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return IndustryValidator.isValid(value, namesDefect, context);
        }
    }
}
