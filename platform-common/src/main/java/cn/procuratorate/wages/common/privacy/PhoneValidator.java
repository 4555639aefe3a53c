package cn.procuratorate.wages.common.privacy;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Phone}: one validator per supported type, sharing the rules of {@link PhoneNumber}. */
final class PhoneValidator {

    private PhoneValidator() {
    }

    static boolean isValid(String raw, boolean mobileOnly) {
        return raw == null || PhoneNumber.parse(raw)
                .filter(phone -> !mobileOnly || phone.kind() == PhoneNumber.Kind.MOBILE)
                .isPresent();
    }

    public static final class OfString implements ConstraintValidator<Phone, String> {
        private boolean mobileOnly;

        @Override
        public void initialize(Phone constraint) {
            mobileOnly = constraint.mobileOnly();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return PhoneValidator.isValid(value, mobileOnly);
        }
    }

    public static final class OfPersonalText implements ConstraintValidator<Phone, PersonalText> {
        private boolean mobileOnly;

        @Override
        public void initialize(Phone constraint) {
            mobileOnly = constraint.mobileOnly();
        }

        @Override
        public boolean isValid(PersonalText value, ConstraintValidatorContext context) {
            return PhoneValidator.isValid(value == null ? null : value.text(), mobileOnly);
        }
    }
}
