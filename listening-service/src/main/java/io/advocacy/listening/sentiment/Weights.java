package io.advocacy.listening.sentiment;

/** The empirically derived constants of VADER (Hutto &amp; Gilbert 2014, and its reference code), in one place. */
final class Weights {

    /** Mean rise in intensity a booster ("very", "extremely") gives the word it modifies. */
    static final double BOOST = 0.293;

    /** Mean fall in intensity a dampener ("slightly", "kind of") gives the word it modifies. */
    static final double DAMPEN = -0.293;

    /** Mean rise in intensity from writing a word in capitals among words that are not. */
    static final double CAPITALS = 0.733;

    /** What a negation ("not", "isn't", "never") multiplies the valence of the word it governs by. */
    static final double NEGATION = -0.74;

    /** How much a booster two and three words away still counts, relative to an adjacent one. */
    static final double SECOND_WORD_AWAY = 0.95;

    static final double THIRD_WORD_AWAY = 0.9;

    /** Before a contrastive "but" sentiment counts half, after it one and a half times. */
    static final double BEFORE_BUT = 0.5;

    static final double AFTER_BUT = 1.5;

    /** "never so good", "never this happy": an intensifier, not a negation. */
    static final double NEVER_SO = 1.25;

    /** Mean rise in intensity per exclamation mark, counted up to {@link #MAX_EXCLAMATIONS}. */
    static final double EXCLAMATION = 0.292;

    static final int MAX_EXCLAMATIONS = 4;

    /** Mean rise in intensity per question mark when there are two or three; more count as {@link #MANY_QUESTIONS}. */
    static final double QUESTION = 0.18;

    static final double MANY_QUESTIONS = 0.96;

    /** The normalisation constant: compound = sum / sqrt(sum² + ALPHA), approaching ±1 for strong texts. */
    static final double ALPHA = 15;

    private Weights() {}
}
