package io.advocacy.advocate.mentor.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Set;

/** A two-letter ISO code, in any case: a language (ISO 639-1) or a country (ISO 3166-1 alpha-2); null is valid. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IsoCode.Validator.class)
public @interface IsoCode {

    Kind value();

    String message() default "must be a two-letter ISO code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Which code list. */
    enum Kind {
        LANGUAGE("must be an ISO 639-1 language code such as de", Set.of(Locale.getISOLanguages())),
        REGION("must be an ISO 3166-1 alpha-2 country code such as AT", Set.of(Locale.getISOCountries()));

        private final String message;
        private final Set<String> codes;

        Kind(String message, Set<String> codes) {
            this.message = message;
            this.codes = codes;
        }

        /** The code as stored: languages lower case, countries upper case; null when not a known code. */
        public String normalise(String code) {
            if (code == null || code.length() != 2) {
                return null;
            }
            String normal = this == LANGUAGE ? code.toLowerCase(Locale.ROOT) : code.toUpperCase(Locale.ROOT);
            return codes.contains(normal) ? normal : null;
        }
    }

    /** Checks a code against the JDK's ISO lists. */
    class Validator implements ConstraintValidator<IsoCode, String> {
        private Kind kind;

        @Override
        public void initialize(IsoCode annotation) {
            kind = annotation.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || kind.normalise(value) != null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(kind.message).addConstraintViolation();
            return false;
        }
    }
}
