package io.advocacy.advocate.continuum;

/**
 * Places a person on the continuum from the evidence of their mentions: the mean sentiment decides the side and the
 * distance, and the strong ends need repeated evidence, so one post never makes a strong advocate or detractor. Once
 * placed, a person moves only when the mean has crossed a boundary by a margin (hysteresis), so a mean hovering on a
 * boundary does not flip them back and forth.
 */
public final class Continuum {

    /** Mentions needed before someone can be a strong advocate or a strong detractor. */
    public static final int STRONG_EVIDENCE = 3;

    /** A mention scoring at least this is positive; at most its negative, negative (VADER's convention). */
    public static final double POSITIVE = 0.05;

    /** How far past a boundary the mean must be before a placed person moves across it. */
    public static final double HYSTERESIS = 0.05;

    private Continuum() {}

    /**
     * The category for a mean sentiment over a number of mentions.
     *
     * @param meanSentiment the mean compound sentiment of the person's mentions, in [-1, 1]
     * @param mentions how many mentions the mean is taken over
     */
    /**
     * Where a person already placed stands now: the category the mean gives once it is taken back by the margin
     * towards where they were, if that is still a move; otherwise where they were.
     *
     * @param current where they stand before this evidence
     */
    public static Category place(Category current, double meanSentiment, int mentions) {
        Category plain = categoryOf(meanSentiment, mentions);
        if (current == null || plain == current) {
            return plain;
        }
        double towardsCurrent = plain.ordinal() > current.ordinal() ? -HYSTERESIS : HYSTERESIS;
        Category cautious = categoryOf(meanSentiment + towardsCurrent, mentions);
        boolean stillMoves = plain.ordinal() > current.ordinal()
                ? cautious.ordinal() > current.ordinal()
                : cautious.ordinal() < current.ordinal();
        return stillMoves ? cautious : current;
    }

    public static Category categoryOf(double meanSentiment, int mentions) {
        if (mentions == 0 || Math.abs(meanSentiment) < POSITIVE) {
            return Category.NEUTRAL;
        }
        boolean repeated = mentions >= STRONG_EVIDENCE;
        double strength = Math.abs(meanSentiment);
        boolean positive = meanSentiment > 0;
        if (strength >= 0.6 && repeated) {
            return positive ? Category.STRONG_ADVOCATE : Category.STRONG_DETRACTOR;
        }
        if (strength >= 0.3) {
            return positive ? Category.SOCIAL_ADVOCATE : Category.SOCIAL_DETRACTOR;
        }
        return positive ? Category.CASUAL_ADVOCATE : Category.CASUAL_DETRACTOR;
    }
}
