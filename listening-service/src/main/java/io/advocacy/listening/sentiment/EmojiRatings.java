package io.advocacy.listening.sentiment;

import java.util.HashMap;
import java.util.Map;

/**
 * Rates each emoji. One that pictures an emoticon of the lexicon ("❤" as "&lt;3") takes that emoticon's rating; any
 * other is rated as VADER does, by the words of its Unicode name: "face with tears of joy" weighs as "joy", "broken
 * heart" as the idiom it is. An emoji whose name carries no valence is a neutral token.
 */
final class EmojiRatings {

    private EmojiRatings() {}

    /**
     * @param names each emoji and its Unicode name
     * @param aliases emoji that picture an emoticon, and that emoticon
     * @param words the lexicon without emoji
     * @param tokenizer a tokenizer over {@code words}
     */
    static Map<String, LexiconEntry> rate(
            Map<String, String> names,
            Map<String, String> aliases,
            Lexicon words,
            Tokenizer tokenizer,
            ValenceRules rules) {
        Map<String, LexiconEntry> ratings = new HashMap<>();
        names.forEach((emoji, name) -> ratings.put(emoji, byName(name, tokenizer, rules)));
        aliases.forEach((emoji, emoticon) -> {
            LexiconEntry entry = words.findEmoticon(emoticon);
            if (entry == null) {
                throw new IllegalStateException("Emoji " + emoji + " pictures " + emoticon + ", not in the lexicon");
            }
            ratings.put(emoji, entry);
        });
        return ratings;
    }

    private static LexiconEntry byName(String name, Tokenizer tokenizer, ValenceRules rules) {
        double valence = 0;
        for (double v : rules.valences(tokenizer.tokenize(name))) {
            valence += v;
        }
        return valence == 0 ? LexiconEntry.NEUTRAL : LexiconEntry.rated(valence);
    }
}
