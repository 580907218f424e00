package io.advocacy.recognition.criteria.repository;

/** The kinds of fact kept, by the names criteria use. */
public final class FactKind {

    /** A mention with sentiment >= 0.05. */
    public static final String POSITIVE_MENTION = "positive-mention";

    /** A mention with sentiment <= -0.05; breaks a streak of positive mentions. */
    public static final String NEGATIVE_MENTION = "negative-mention";

    public static final String INTERACTION_ATTENDED = "interaction-attended";

    /** Declined or did not turn up; breaks a streak of attended interactions. */
    public static final String INTERACTION_MISSED = "interaction-missed";

    /** A move on the continuum, with where from and where to. */
    public static final String CATEGORY_REACHED = "category-reached";

    /** A newcomer this person mentored settled; the mentor gets the fact. */
    public static final String MENTEE_SETTLED = "mentee-settled";

    public static final String COUNCIL_TERM_SERVED = "council-term-served";

    /** Content of the person's was featured by the brand, with their consent. */
    public static final String FEATURED = "featured";

    private FactKind() {}

    /** The kind whose occurrence ends a streak of {@code kind}, or null when nothing does. */
    public static String breakerOf(String kind) {
        if (INTERACTION_ATTENDED.equals(kind)) {
            return INTERACTION_MISSED;
        }
        if (POSITIVE_MENTION.equals(kind)) {
            return NEGATIVE_MENTION;
        }
        return null;
    }
}
