package io.advocacy.advocate.council.rest;

import io.advocacy.advocate.council.service.Terms;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A council term as {@link Terms} reads it; null is left to {@code @NotNull}. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Term.Validator.class)
public @interface Term {

    String message() default
            "must be an ISO 8601 duration such as P1Y, P6M or P90D, longer than nothing and at most ten years";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks that a term parses and is within bounds. */
    class Validator implements ConstraintValidator<Term, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Terms.parse(value).isPresent();
        }
    }
}
