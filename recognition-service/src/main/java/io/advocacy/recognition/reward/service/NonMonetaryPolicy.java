package io.advocacy.recognition.reward.service;

import io.advocacy.platform.problem.Problem;
import io.advocacy.platform.problem.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule that advocates are recognised, never paid: the reward kinds allowed, and the monetary wording refused, each
 * refusal saying why.
 */
public final class NonMonetaryPolicy {

    /** The kinds of reward a programme may offer. */
    public static final List<String> KINDS =
            List.of("early-access", "council-seat", "event-invitation", "product-preview", "spotlight");

    /** Words that make a reward money or a stand-in for it. */
    private static final Pattern MONETARY = Pattern.compile(
            "\\b(money|cash|payments?|vouchers?|coupons?|gift ?cards?|discount(s| codes?)?|rebates?|commissions?"
                    + "|store credit|promo codes?)\\b|[$€£¥]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private NonMonetaryPolicy() {}

    /** Throws a 400 naming each field that makes the reward monetary, and why. */
    static void check(String kind, String name, String description, String disclosure) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (!KINDS.contains(kind)) {
            String monetary = monetaryWord(kind == null ? "" : kind.replace('-', ' '));
            violations.add(new Problem.Violation(
                    "kind",
                    (monetary != null
                                    ? "'" + kind + "' is a monetary reward (" + monetary
                                            + "); advocates are recognised, never paid. "
                                    : "'" + kind + "' is not a reward kind. ")
                            + "Allowed: " + String.join(", ", KINDS)));
        }
        refuseWording("name", name, violations);
        refuseWording("description", description, violations);
        refuseWording("disclosure", disclosure, violations);
        if (!violations.isEmpty()) {
            throw new ProblemException(
                    400,
                    "Bad Request",
                    "rewards are access and recognition, never money or its stand-ins (cash, gift cards,"
                            + " commission, discount codes, vouchers)",
                    violations);
        }
    }

    private static void refuseWording(String field, String text, List<Problem.Violation> violations) {
        String monetary = monetaryWord(text == null ? "" : text);
        if (monetary != null) {
            violations.add(new Problem.Violation(
                    field, "speaks of '" + monetary + "', a monetary reward; advocates are recognised, never paid"));
        }
    }

    /** The first monetary word or sign in the text, lower case, or null. */
    public static String monetaryWord(String text) {
        Matcher matcher = MONETARY.matcher(text);
        return matcher.find() ? matcher.group().toLowerCase(Locale.ROOT) : null;
    }
}
