package io.advocacy.listening.query.expression;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A text as lower-case words without accents, the form both expressions and mentions are compared in. */
public final class TextWords {

    private final List<String> words;

    private TextWords(List<String> words) {
        this.words = words;
    }

    /** Splits a text into words: letters, digits and inner apostrophes; '#' and '@' prefixes are dropped. */
    public static TextWords of(String text) {
        return new TextWords(split(text));
    }

    /** The text in lower case without accents, the form its words are compared in. */
    public static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }

    static List<String> split(String text) {
        String folded = fold(text);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)
                    || (c == '\''
                            && !word.isEmpty()
                            && i + 1 < folded.length()
                            && Character.isLetterOrDigit(folded.charAt(i + 1)))) {
                word.append(c);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /** The words, in order. */
    public List<String> words() {
        return words;
    }

    /** True when the words occur consecutively; with prefix, the last one only has to start the text's word. */
    boolean containsSequence(List<String> sequence, boolean prefix) {
        int last = sequence.size() - 1;
        for (int start = 0; start + last < words.size(); start++) {
            boolean all = true;
            for (int k = 0; k <= last && all; k++) {
                String word = words.get(start + k);
                String wanted = sequence.get(k);
                all = k == last && prefix ? word.startsWith(wanted) : word.equals(wanted);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
