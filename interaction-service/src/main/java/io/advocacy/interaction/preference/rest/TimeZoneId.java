package io.advocacy.interaction.preference.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.ZoneId;
import java.time.zone.ZoneRulesProvider;

/** Constrains a string to an IANA time zone id the JVM knows, such as {@code Europe/Berlin}; null is valid. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TimeZoneId.Validator.class)
public @interface TimeZoneId {

    String message() default "must be an IANA time zone id, such as Europe/Berlin";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Accepts region ids of the IANA database only: not offsets such as {@code +02:00}, not abbreviations. */
    class Validator implements ConstraintValidator<TimeZoneId, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || ZoneRulesProvider.getAvailableZoneIds().contains(value) && isZone(value);
        }

        private static boolean isZone(String value) {
            try {
                ZoneId.of(value);
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        }
    }
}
