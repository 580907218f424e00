package io.advocacy.listening.query.expression;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words the listening expressions look for (brand, product and competitor names), in {@link TextWords}' folded
 * form. Negated terms are left out: they exclude a mention rather than name what it is about.
 *
 * @param words whole words
 * @param prefixes word beginnings, from prefix terms such as {@code lumen*}
 */
public record Vocabulary(Set<String> words, Set<String> prefixes) {

    /** No words at all. */
    public static final Vocabulary NONE = new Vocabulary(Set.of(), Set.of());

    /** The positive terms of every expression. */
    public static Vocabulary of(Collection<Expression> expressions) {
        Set<String> words = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        expressions.forEach(e -> collect(e, words, prefixes));
        return new Vocabulary(Set.copyOf(words), Set.copyOf(prefixes));
    }

    /** True when a folded word is one of the terms, or starts with one of the prefixes. */
    public boolean contains(String foldedWord) {
        if (words.contains(foldedWord)) {
            return true;
        }
        for (String prefix : prefixes) {
            if (foldedWord.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static void collect(Expression expression, Set<String> words, Set<String> prefixes) {
        if (expression instanceof Expression.Phrase phrase) {
            List<String> terms = phrase.words();
            int last = terms.size() - 1;
            for (int i = 0; i <= last; i++) {
                (phrase.prefix() && i == last ? prefixes : words).add(terms.get(i));
            }
        } else if (expression instanceof Expression.And and) {
            collect(and.left(), words, prefixes);
            collect(and.right(), words, prefixes);
        } else if (expression instanceof Expression.Or or) {
            collect(or.left(), words, prefixes);
            collect(or.right(), words, prefixes);
        }
    }
}
