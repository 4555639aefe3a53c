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
 * A unified social credit code ({@link UnifiedSocialCreditCode}, GB 32100-2015) on a {@code String}; {@code null} is
 * valid (combine with {@code @NotNull} where it is required). Surrounding blanks and lower case are accepted (the
 * code is normalised when it is used). With the default message, the violation names the defect (length, a character
 * outside the alphabet, the check character).
 */
@Documented
@Constraint(validatedBy = CreditCodeValidator.OfString.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface CreditCode {

    String message() default "{cn.procuratorate.wages.common.identifiers.CreditCode.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
