package cn.procuratorate.wages.common.privacy;

import cn.procuratorate.wages.common.privacy.ResidentIdNumber.Defect;
import jakarta.validation.ConstraintValidator;
import cn.procuratorate.wages.common.validation.DefectViolations;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Checks {@link ResidentId}: one validator per supported type, sharing the rules of {@link ResidentIdNumber}. */
final class ResidentIdValidator {

    private static final String MESSAGES = "cn.procuratorate.wages.common.privacy.ResidentId.";
    private static final String DEFAULT_MESSAGE = "{" + MESSAGES + "message}";

    private ResidentIdValidator() {
    }

    /**
     * With the default message, the violation names the defect (a clerk then knows whether to re-read the birth
     * date or the last character); a message of the field's own is kept as it is.
     */
    static boolean isValid(String raw, boolean namesDefect, ConstraintValidatorContext context) {
        if (raw == null) {
            return true;
        }
        // The validation clock (ClockProvider) rather than the system one, so tests can fix "today".
        Optional<Defect> defect = ResidentIdNumber.defectOf(ResidentIdNumber.normalise(raw),
                ResidentIdNumber.today(context.getClockProvider().getClock()));
        return DefectViolations.report(defect, namesDefect, MESSAGES, context);
    }

    public static final class OfString implements ConstraintValidator<ResidentId, String> {
        private boolean namesDefect;

        @Override
        public void initialize(ResidentId constraint) {
            namesDefect = DEFAULT_MESSAGE.equals(constraint.message());
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return ResidentIdValidator.isValid(value, namesDefect, context);
        }
    }

    public static final class OfPersonalText implements ConstraintValidator<ResidentId, PersonalText> {
        private boolean namesDefect;

        @Override
        public void initialize(ResidentId constraint) {
            namesDefect = DEFAULT_MESSAGE.equals(constraint.message());
        }

        @Override
        public boolean isValid(PersonalText value, ConstraintValidatorContext context) {
            return ResidentIdValidator.isValid(value == null ? null : value.text(), namesDefect, context);
        }
    }
}
