package io.advocacy.listening.sentiment;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The words, emoticons, emoji and phrases that carry valence or modify it, looked up in constant time. */
final class Lexicon {

    private final Map<String, LexiconEntry> entries;
    private final Map<String, LexiconEntry> emoticons;
    private final int longestEmoticon;

    /**
     * @param entries lower-case words and phrase beginnings, and emoji, with what each does
     * @param emoticons the rated emoticons, as written
     */
    Lexicon(Map<String, LexiconEntry> entries, Map<String, LexiconEntry> emoticons) {
        // HashMap rather than Map.copyOf: its lookups, most of them misses, are faster. Never written after this.
        this.entries = new HashMap<>(entries);
        this.emoticons = new HashMap<>(emoticons);
        this.longestEmoticon =
                emoticons.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** What the lexicon knows about a lower-case word, or an emoji; {@code null} if nothing. */
    LexiconEntry find(String key) {
        return entries.get(key);
    }

    boolean knows(String key) {
        return entries.containsKey(key);
    }

    /** A rated emoticon, as written (":P" and ":p" differ) or else in lower case ("XD"); {@code null} if none. */
    LexiconEntry findEmoticon(String text) {
        LexiconEntry entry = emoticons.get(text);
        return entry != null ? entry : emoticons.get(text.toLowerCase(Locale.ROOT));
    }

    int longestEmoticon() {
        return longestEmoticon;
    }

    /** Whether a lexicon token is written with symbols, not as a word: ":)", "o.O", "&lt;3"; not "gr8", "cover-up". */
    static boolean isEmoticon(String token) {
        boolean symbol = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                symbol = true;
            } else if (Character.isLetter(c) && i > 0 && Character.isLetter(token.charAt(i - 1))) {
                return false;
            }
        }
        return symbol && token.indexOf(' ') < 0;
    }
}
