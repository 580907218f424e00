package io.advocacy.listening.sentiment;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the standard word behind a social-media spelling: slang ("luv", "thnx"), dropped g's ("lovin"), stretched
 * letters ("sooo", "yaaay") and drawn-out laughter ("hahahaha").
 */
final class WordForms {

    /** English words that look like a rated "-ing" word with its g dropped, but are not. */
    private static final Set<String> NOT_DROPPED_G = Set.of("robin", "gratin");

    private final Map<String, String> slang;
    private final Predicate<String> known;

    /**
     * @param slang informal spellings and the standard word for each
     * @param known whether the lexicon knows a word
     */
    WordForms(Map<String, String> slang, Predicate<String> known) {
        this.slang = new HashMap<>(slang); // looked up for every unknown word: HashMap is the fastest to miss
        this.known = known;
    }

    /** The standard word the lower-case {@code word} stands for, or {@code null} when there is none. */
    String standardise(String word) {
        String standard = slang.get(word);
        if (standard != null) {
            return standard;
        }
        if (word.endsWith("in") && !NOT_DROPPED_G.contains(word) && known.test(word + "g")) {
            return word + "g"; // a dropped g: "lovin", "amazin"
        }
        if (isStretched(word)) {
            // English doubles letters ("good", "cool") but never triples them: try two, then one.
            String twice = collapseRuns(word, 2);
            if (known.test(twice)) {
                return twice;
            }
            String once = collapseRuns(word, 1);
            if (known.test(once)) {
                return once;
            }
            standard = slang.get(once);
            if (standard != null) {
                return standard;
            }
        }
        return laughter(word);
    }

    /** Whether a letter is written three or more times in a row, which no English word does. */
    static boolean isStretched(String word) {
        for (int i = 2; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c) && c == word.charAt(i - 1) && c == word.charAt(i - 2)) {
                return true;
            }
        }
        return false;
    }

    /** The word with every run of a repeated letter cut to at most {@code max} letters. */
    static String collapseRuns(String word, int max) {
        StringBuilder out = new StringBuilder(word.length());
        int run = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            run = i > 0 && c == word.charAt(i - 1) ? run + 1 : 1;
            if (run <= max || !Character.isLetter(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** "hahaha", "hehehe", "ahahah" and "lololol" as the laughter the lexicon rates; {@code null} if not laughter. */
    private String laughter(String word) {
        int n = word.length();
        if (n < 5) {
            return null;
        }
        if (word.startsWith("lol") && onlyLetters(word, "lo")) {
            return "lol";
        }
        if (!onlyLetters(word, "hae")) {
            return null;
        }
        int syllables = 0;
        for (int i = 1; i < n; i++) {
            char c = word.charAt(i);
            char before = word.charAt(i - 1);
            boolean vowel = c == 'a' || c == 'e';
            if (vowel == (before == 'a' || before == 'e')) {
                return null;
            }
            if (vowel && before == 'h') {
                syllables++;
            }
        }
        String laugh = syllables >= 3 ? "hahaha" : "haha";
        return syllables >= 2 && known.test(laugh) ? laugh : null;
    }

    private static boolean onlyLetters(String word, String letters) {
        for (int i = 0; i < word.length(); i++) {
            if (letters.indexOf(word.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
