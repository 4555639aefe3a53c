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
 * A resident ID number (GB 11643-1999) on a {@code String} or {@link PersonalText}; {@code null} is valid (combine
 * with {@code @NotNull} where it is required). The message names the defect (format, birth date, check character)
 * and never the rejected value.
 */
@Documented
@Constraint(validatedBy = {ResidentIdValidator.OfString.class, ResidentIdValidator.OfPersonalText.class})
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface ResidentId {

    String message() default "{cn.procuratorate.wages.common.privacy.ResidentId.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
