package cn.procuratorate.wages.outreach.exchange.clue;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The arrears period of a clue is in order: its last month neither before its first nor after the current month
 * (China's calendar). Reported on {@code arrearsTo}, like any other field error.
 */
@Documented
@Constraint(validatedBy = ArrearsPeriodValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
@interface ArrearsPeriod {

    String message() default "{exchange.clue.arrears-period}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
