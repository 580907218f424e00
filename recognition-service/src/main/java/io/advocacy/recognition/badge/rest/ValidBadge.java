package io.advocacy.recognition.badge.rest;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rules of a badge definition that span fields: criteria that meet their JSON Schema, a period exactly when the
 * badge is repeatable, and no monetary wording. Each broken rule names its field.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = BadgeRequestValidator.class)
public @interface ValidBadge {

    String message() default "is not a valid badge";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
