package cn.procuratorate.wages.outreach.exchange.clue;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.YearMonth;
import java.time.ZoneId;

/** Checks {@link ArrearsPeriod}; months that are not well formed are left to their own field's pattern. */
class ArrearsPeriodValidator implements ConstraintValidator<ArrearsPeriod, NewClue> {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Override
    public boolean isValid(NewClue clue, ConstraintValidatorContext context) {
        if (clue == null || !NewClue.isMonth(clue.arrearsFrom()) || !NewClue.isMonth(clue.arrearsTo())) {
            return true;
        }
        YearMonth from = YearMonth.parse(clue.arrearsFrom());
        YearMonth to = YearMonth.parse(clue.arrearsTo());
        // The validation clock (ClockProvider), so tests can fix "this month".
        YearMonth thisMonth = YearMonth.now(context.getClockProvider().getClock().withZone(CHINA));
        if (!from.isAfter(to) && !to.isAfter(thisMonth)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(from.isAfter(to) ? "{exchange.clue.arrears-order}"
                : "{exchange.clue.arrears-future}").addPropertyNode("arrearsTo").addConstraintViolation();
        return false;
    }
}
