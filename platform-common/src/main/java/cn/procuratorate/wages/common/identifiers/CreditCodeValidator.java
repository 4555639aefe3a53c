package cn.procuratorate.wages.common.identifiers;

import cn.procuratorate.wages.common.identifiers.UnifiedSocialCreditCode.Defect;
import jakarta.validation.ConstraintValidator;
import cn.procuratorate.wages.common.validation.DefectViolations;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Checks {@link CreditCode} with the rules of {@link UnifiedSocialCreditCode}. */
final class CreditCodeValidator {

    private static final String MESSAGES = "cn.procuratorate.wages.common.identifiers.CreditCode.";
    private static final String DEFAULT_MESSAGE = "{" + MESSAGES + "message}";

    private CreditCodeValidator() {
    }

    /** With the default message the violation names the defect; a message of the field's own is kept as it is. */
    static boolean isValid(String raw, boolean namesDefect, ConstraintValidatorContext context) {
        if (raw == null) {
            return true;
        }
        Optional<Defect> defect = UnifiedSocialCreditCode.defectOf(UnifiedSocialCreditCode.normalise(raw));
        return DefectViolations.report(defect, namesDefect, MESSAGES, context);
    }

    public static final class OfString implements ConstraintValidator<CreditCode, String> {
        private boolean namesDefect;

        @Override
        public void initialize(CreditCode constraint) {
            namesDefect = DEFAULT_MESSAGE.equals(constraint.message());
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return CreditCodeValidator.isValid(value, namesDefect, context);
        }
    }
}
