package io.advocacy.listening.sentiment;

import java.util.List;

/**
 * A programme's say on a phrase: its words score as {@code valence} (0 neutralises it), whatever the lexicon thinks,
 * for example "killer feature" as praise or a product called "War Zone" as neutral.
 *
 * @param words the phrase's words, lower case
 * @param valence -4 to 4, as in the lexicon
 */
public record SentimentOverride(List<String> words, double valence) {

    public SentimentOverride {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("an override needs at least one word");
        }
    }
}
