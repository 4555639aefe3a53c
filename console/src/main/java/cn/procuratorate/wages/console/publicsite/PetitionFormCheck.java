package cn.procuratorate.wages.console.publicsite;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Checks the petition form with its constraints ({@link PetitionForm}): one field as the worker types (the htmx
 * check behind each input), or the whole form on submitting. Messages come in the page's language (Boot's
 * validator reads the console's messages and platform-common's, and the request's locale).
 */
@Component
class PetitionFormCheck {

    /**
     * One message per field: "required" before "not a number" before "out of range" ("abc" months fails both
     * {@code @Pattern} and {@code @Min}; only the first makes sense to the worker).
     */
    private static final Comparator<ConstraintViolation<PetitionForm>> FIRST_TO_SAY = Comparator
            .comparingInt((ConstraintViolation<PetitionForm> violation) -> rank(violation))
            .thenComparing(ConstraintViolation::getMessage);

    private final Validator validator;

    PetitionFormCheck(Validator validator) {
        this.validator = validator;
    }

    /** The first message for {@code field} holding {@code value}; empty when it is fine (or an unknown field). */
    Optional<String> field(String field, String value) {
        if (!PetitionForm.FIELDS.contains(field)) {
            return Optional.empty();
        }
        Set<ConstraintViolation<PetitionForm>> violations =
                validator.validateValue(PetitionForm.class, field, StringUtils.hasText(value) ? value.strip() : null);
        return violations.stream().min(FIRST_TO_SAY).map(ConstraintViolation::getMessage);
    }

    private static int rank(ConstraintViolation<PetitionForm> violation) {
        Class<?> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
        if (constraint == NotBlank.class) {
            return 0;
        }
        return constraint == Pattern.class ? 1 : 2;
    }

    /** Each refused field with its message, in the order of the form; empty when the form may be sent. */
    Map<String, String> form(PetitionForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        validator.validate(form).stream().sorted(FIRST_TO_SAY).forEach(violation ->
                errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage()));
        Map<String, String> ordered = new LinkedHashMap<>();
        PetitionForm.FIELDS.stream().filter(errors::containsKey).forEach(f -> ordered.put(f, errors.get(f)));
        return ordered;
    }
}
