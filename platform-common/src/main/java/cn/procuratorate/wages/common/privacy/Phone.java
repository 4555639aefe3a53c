package cn.procuratorate.wages.common.privacy;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A mainland China phone number ({@link PhoneNumber}: mobile, or landline unless {@link #mobileOnly()}) on a
 * {@code String} or {@link PersonalText}; {@code null} is valid. Spaces, dashes and a +86 prefix are allowed.
 */
@Documented
@Constraint(validatedBy = {PhoneValidator.OfString.class, PhoneValidator.OfPersonalText.class})
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface Phone {

    String message() default "{cn.procuratorate.wages.common.privacy.Phone.message}";

    /** Only a mobile number will do, e.g. where a text message is sent. */
    boolean mobileOnly() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
