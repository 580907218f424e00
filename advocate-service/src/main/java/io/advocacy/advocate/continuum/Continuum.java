package io.advocacy.advocate.continuum;

/**
 * Places a person on the continuum from the evidence in their window. The mean sentiment of their mentions decides the
 * side and how far out they stand; the further steps need more than words:
 *
 * <ul>
 *   <li>social (advocate or detractor) needs a mean of at least {@link #SOCIAL} and a voice others hear: two or more
 *       mentions, or a reach of at least {@link #SOCIAL_REACH};
 *   <li>strong needs a mean of at least {@link #STRONG} over {@link #STRONG_EVIDENCE} or more mentions spread over at
 *       least {@link #CONSISTENT_WEEKS} weeks (for advocates, weeks with an attended interaction count too), and an
 *       advocate who missed {@link #UNRELIABLE_MISSES} or more interactions, more than they attended, is not strong.
 * </ul>
 *
 * <p>Once placed, a person moves only when the mean has crossed a boundary by a margin (hysteresis), so one post, or a
 * mean hovering on a boundary, does not flip them back and forth.
 */
public final class Continuum {

    /** A mention scoring at least this is positive; at most its negative, negative (VADER's convention). */
    public static final double POSITIVE = 0.05;

    /** The mean from which someone is a social advocate or detractor. */
    public static final double SOCIAL = 0.3;

    /** The mean from which someone can be a strong advocate or detractor. */
    public static final double STRONG = 0.6;

    /** Mentions needed before someone can be a strong advocate or a strong detractor. */
    public static final int STRONG_EVIDENCE = 3;

    /** Distinct weeks the evidence must span before someone can be strong. */
    public static final int CONSISTENT_WEEKS = 2;

    /** Followers that make a single mention heard socially. */
    public static final long SOCIAL_REACH = 100;

    /** Missed interactions from which an advocate who missed more than they attended is not counted strong. */
    public static final int UNRELIABLE_MISSES = 2;

    /** How far past a boundary the mean must be before a placed person moves across it. */
    public static final double HYSTERESIS = 0.05;

    private Continuum() {}

    /** Where the evidence places someone not placed before. */
    public static Category categoryOf(Evidence evidence) {
        return categoryOf(evidence, evidence.mean());
    }

    /**
     * Where a person already placed stands now: the category the evidence gives once its mean is taken back by the
     * margin towards where they were, if that is still a move; otherwise where they were.
     *
     * @param current where they stand before this evidence, null for someone not placed yet
     */
    public static Category place(Category current, Evidence evidence) {
        Category plain = categoryOf(evidence);
        if (current == null || plain == current) {
            return plain;
        }
        boolean right = plain.ordinal() > current.ordinal();
        Category cautious = categoryOf(evidence, evidence.mean() + (right ? -HYSTERESIS : HYSTERESIS));
        boolean stillMoves = right ? cautious.ordinal() > current.ordinal() : cautious.ordinal() < current.ordinal();
        return stillMoves ? cautious : current;
    }

    private static Category categoryOf(Evidence evidence, double mean) {
        if (evidence.mentions() == 0 || Math.abs(mean) < POSITIVE) {
            return Category.NEUTRAL;
        }
        boolean positive = mean > 0;
        double strength = Math.abs(mean);
        if (strength >= STRONG && strongEvidence(evidence, positive)) {
            return positive ? Category.STRONG_ADVOCATE : Category.STRONG_DETRACTOR;
        }
        if (strength >= SOCIAL && heard(evidence)) {
            return positive ? Category.SOCIAL_ADVOCATE : Category.SOCIAL_DETRACTOR;
        }
        return positive ? Category.CASUAL_ADVOCATE : Category.CASUAL_DETRACTOR;
    }

    /** Enough mentions, spread over enough weeks, and for an advocate, not unreliable. */
    static boolean strongEvidence(Evidence evidence, boolean advocate) {
        return evidence.mentions() >= STRONG_EVIDENCE
                && weeks(evidence, advocate) >= CONSISTENT_WEEKS
                && !(advocate && unreliable(evidence));
    }

    /** Two or more mentions, or one that reached an audience. */
    static boolean heard(Evidence evidence) {
        return evidence.mentions() >= 2 || evidence.reach() >= SOCIAL_REACH;
    }

    static int weeks(Evidence evidence, boolean advocate) {
        return advocate ? evidence.engagedWeeks() : evidence.activeWeeks();
    }

    static boolean unreliable(Evidence evidence) {
        return evidence.missed() >= UNRELIABLE_MISSES && evidence.missed() > evidence.attended();
    }
}
