package io.advocacy.listening.sentiment;

/**
 * One unit of a post that the rules weigh: a word or phrase, an emoticon or emoji, or a neutral placeholder for a link
 * or an @mention.
 *
 * @param key the normalised form looked up in the lexicon: lower-case, de-stretched, slang resolved
 * @param entry what the lexicon knows about it, or {@code null}
 * @param kind word, symbol or placeholder
 * @param shouted written in capitals ("GREAT")
 * @param stretched written with a letter repeated for emphasis ("gooood")
 * @param startsClause separated from the token before it by clause punctuation (. , ; ! ?)
 */
record Token(String key, LexiconEntry entry, Kind kind, boolean shouted, boolean stretched, boolean startsClause) {

    /** What a token is. */
    enum Kind {
        /** A word or a phrase of words. */
        WORD,
        /** An emoticon or an emoji: it stands apart from syntax, so negations and boosters do not reach it. */
        SYMBOL,
        /** A link or an @mention: a neutral word. */
        PLACEHOLDER
    }

    static Token word(String key, LexiconEntry entry, boolean shouted, boolean stretched, boolean startsClause) {
        return new Token(key, entry, Kind.WORD, shouted, stretched, startsClause);
    }

    static Token symbol(String key, LexiconEntry entry, boolean startsClause) {
        return new Token(key, entry, Kind.SYMBOL, false, false, startsClause);
    }

    static Token placeholder(boolean startsClause) {
        return new Token("", null, Kind.PLACEHOLDER, false, false, startsClause);
    }

    boolean rated() {
        return entry != null && entry.rated();
    }

    double valence() {
        return entry == null ? 0 : entry.valence();
    }

    boolean modifies() {
        return entry != null && entry.modifies();
    }

    boolean negates() {
        return (entry != null && entry.negation()) || key.contains("n't");
    }

    boolean is(String word) {
        return key.equals(word);
    }
}
