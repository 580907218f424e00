package io.advocacy.listening.sentiment;

import java.util.List;

/**
 * What the lexicon knows about one word, emoticon, emoji or phrase: its valence, and how it modifies its neighbours.
 *
 * @param valence the mean human rating, from -4 to 4; 0 when not {@code rated}
 * @param rated whether it carries valence of its own
 * @param boost what it adds to the intensity of a following rated word: {@link Weights#BOOST}, {@link Weights#DAMPEN}
 *     or 0
 * @param negation whether it negates the rated words after it
 * @param phrases the phrases of the lexicon that begin with it, longest first
 */
record LexiconEntry(double valence, boolean rated, double boost, boolean negation, List<Phrase> phrases) {

    /** Known, but carrying no valence and modifying nothing: a neutral emoji, or a phrase's first word. */
    static final LexiconEntry NEUTRAL = new LexiconEntry(0, false, 0, false, List.of());

    /** A rated word with no other role. */
    static LexiconEntry rated(double valence) {
        return new LexiconEntry(valence, true, 0, false, List.of());
    }

    /** The same entry, also beginning the given phrases. */
    LexiconEntry beginning(List<Phrase> phrases) {
        return new LexiconEntry(valence, rated, boost, negation, List.copyOf(phrases));
    }

    boolean beginsPhrases() {
        return !phrases.isEmpty();
    }

    boolean modifies() {
        return boost != 0;
    }
}
