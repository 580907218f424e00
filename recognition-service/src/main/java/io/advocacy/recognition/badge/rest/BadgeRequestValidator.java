package io.advocacy.recognition.badge.rest;

import io.advocacy.platform.problem.Problem;
import io.advocacy.recognition.criteria.service.CriteriaSchema;
import io.advocacy.recognition.reward.service.NonMonetaryPolicy;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.List;

/** Checks {@link ValidBadge}: every violation is reported on its own field. */
public class BadgeRequestValidator implements ConstraintValidator<ValidBadge, BadgeRequest> {

    @Override
    public boolean isValid(BadgeRequest badge, ConstraintValidatorContext context) {
        if (badge == null) {
            return true;
        }
        List<Problem.Violation> violations = new ArrayList<>();
        if (badge.criteria() != null) {
            violations.addAll(CriteriaSchema.violations("criteria", badge.criteria()));
        }
        if (badge.isRepeatable() && badge.period() == null) {
            violations.add(new Problem.Violation("period", "is required for a repeatable badge: P1D, P1W, P1M or P1Y"));
        }
        if (!badge.isRepeatable() && badge.period() != null) {
            violations.add(new Problem.Violation("period", "is only for a repeatable badge"));
        }
        monetary("name", badge.name(), violations);
        monetary("description", badge.description(), violations);
        monetary("criteriaNarrative", badge.criteriaNarrative(), violations);
        if (violations.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (Problem.Violation violation : violations) {
            context.buildConstraintViolationWithTemplate(escape(violation.message()))
                    .addPropertyNode(violation.field())
                    .addConstraintViolation();
        }
        return false;
    }

    private static void monetary(String field, String text, List<Problem.Violation> violations) {
        String word = text == null ? null : NonMonetaryPolicy.monetaryWord(text);
        if (word != null) {
            violations.add(new Problem.Violation(
                    field, "speaks of '" + word + "', a monetary reward; advocates are recognised, never paid"));
        }
    }

    /** Messages are templates: braces and dollars from the schema's wording are taken literally. */
    private static String escape(String message) {
        return message.replace("\\", "\\\\")
                .replace("{", "\\{")
                .replace("}", "\\}")
                .replace("$", "\\$");
    }
}
