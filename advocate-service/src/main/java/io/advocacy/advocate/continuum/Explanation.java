package io.advocacy.advocate.continuum;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Says in words why the evidence places a person where they are on the continuum. */
public final class Explanation {

    private Explanation() {}

    /** A sentence naming the evidence, the rule it meets, and what keeps the person from the next step out. */
    public static String of(Category category, Evidence e) {
        if (e.mentions() == 0) {
            return "no mentions in the evidence window; neutral until they say something"
                    + (e.attended() + e.missed() > 0 ? " (" + attendance(e) + ")" : "") + ".";
        }
        StringBuilder text = new StringBuilder(evidence(e)).append("; ").append(rule(category));
        List<String> held = heldBack(category, e);
        if (!held.isEmpty()) {
            text.append("; not ").append(next(category)).append(" because ").append(String.join(" and ", held));
        }
        return text.append("; a placed person moves only once the mean is ")
                .append(Continuum.HYSTERESIS)
                .append(" past a boundary.")
                .toString();
    }

    private static String evidence(Evidence e) {
        return String.format(
                Locale.ROOT,
                "from %s to %s: mean sentiment %.2f over %d mention%s (%d positive, %d negative) in %d week%s,"
                        + " reach %d, %s",
                e.from().toLocalDate(),
                e.to().toLocalDate(),
                e.mean(),
                e.mentions(),
                e.mentions() == 1 ? "" : "s",
                e.positive(),
                e.negative(),
                e.activeWeeks(),
                e.activeWeeks() == 1 ? "" : "s",
                e.reach(),
                attendance(e));
    }

    private static String attendance(Evidence e) {
        return e.attended() + " interaction" + (e.attended() == 1 ? "" : "s") + " attended and " + e.missed()
                + " missed";
    }

    private static String rule(Category category) {
        switch (category) {
            case STRONG_ADVOCATE:
            case STRONG_DETRACTOR:
                return "a strong " + side(category) + " has a mean of " + (category.isDetractor() ? "-" : "")
                        + Continuum.STRONG + " or beyond over " + Continuum.STRONG_EVIDENCE + " or more mentions in "
                        + Continuum.CONSISTENT_WEEKS + " or more weeks";
            case SOCIAL_ADVOCATE:
            case SOCIAL_DETRACTOR:
                return "a social " + side(category) + " has a mean of " + (category.isDetractor() ? "-" : "")
                        + Continuum.SOCIAL + " or beyond and is heard: 2 or more mentions or a reach of "
                        + Continuum.SOCIAL_REACH;
            case CASUAL_ADVOCATE:
                return "a casual advocate has a mean from " + Continuum.POSITIVE + " up";
            case CASUAL_DETRACTOR:
                return "a casual detractor has a mean from -" + Continuum.POSITIVE + " down";
            default:
                return "neutral is a mean between -" + Continuum.POSITIVE + " and " + Continuum.POSITIVE;
        }
    }

    /** What the evidence lacks for the step further out on the same side; empty at the ends and for neutrals. */
    static List<String> heldBack(Category category, Evidence e) {
        List<String> held = new ArrayList<>();
        boolean advocate = !category.isDetractor();
        double strength = Math.abs(e.mean());
        if (category == Category.CASUAL_ADVOCATE || category == Category.CASUAL_DETRACTOR) {
            if (strength >= Continuum.SOCIAL && !Continuum.heard(e)) {
                held.add("one mention with a reach of " + e.reach() + " is not yet heard (2 mentions or a reach of "
                        + Continuum.SOCIAL_REACH + " needed)");
            }
        } else if (category == Category.SOCIAL_ADVOCATE || category == Category.SOCIAL_DETRACTOR) {
            if (strength >= Continuum.STRONG) {
                if (e.mentions() < Continuum.STRONG_EVIDENCE) {
                    held.add("only " + e.mentions() + " mention" + (e.mentions() == 1 ? "" : "s") + " ("
                            + Continuum.STRONG_EVIDENCE + " needed)");
                }
                int weeks = Continuum.weeks(e, advocate);
                if (weeks < Continuum.CONSISTENT_WEEKS) {
                    held.add("the evidence spans " + weeks + " week" + (weeks == 1 ? "" : "s") + " ("
                            + Continuum.CONSISTENT_WEEKS + " needed)");
                }
                if (advocate && Continuum.unreliable(e)) {
                    held.add("they missed " + e.missed() + " interactions and attended " + e.attended());
                }
            }
        }
        return held;
    }

    private static String next(Category category) {
        switch (category) {
            case CASUAL_ADVOCATE:
                return "a social advocate";
            case CASUAL_DETRACTOR:
                return "a social detractor";
            case SOCIAL_ADVOCATE:
                return "a strong advocate";
            default:
                return "a strong detractor";
        }
    }

    private static String side(Category category) {
        return category.isDetractor() ? "detractor" : "advocate";
    }
}
