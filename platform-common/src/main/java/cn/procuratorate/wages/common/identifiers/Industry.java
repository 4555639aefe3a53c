package cn.procuratorate.wages.common.identifiers;

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
 * An industry code ({@link IndustryCode}, GB/T 4754-2017: {@code E}, {@code E48}, {@code E4812}) on a {@code String};
 * {@code null} is valid. Surrounding blanks and lower case are accepted. With the default message, the violation names
 * the defect (shape, or a division outside its section).
 */
@Documented
@Constraint(validatedBy = IndustryValidator.OfString.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface Industry {

    String message() default "{cn.procuratorate.wages.common.identifiers.Industry.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
