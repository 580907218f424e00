package io.advocacy.listening.query.expression;

import java.util.List;

/** A parsed boolean listening expression, evaluated against the words of a text. */
public sealed interface Expression {

    /** True when the text's words satisfy the expression. */
    boolean matches(TextWords text);

    /** Every word of the text must appear, in this order, next to each other; a single word is a one-word phrase. */
    record Phrase(List<String> words, boolean prefix) implements Expression {
        @Override
        public boolean matches(TextWords text) {
            return text.containsSequence(words, prefix);
        }
    }

    /** Both sides match. */
    record And(Expression left, Expression right) implements Expression {
        @Override
        public boolean matches(TextWords text) {
            return left.matches(text) && right.matches(text);
        }
    }

    /** Either side matches. */
    record Or(Expression left, Expression right) implements Expression {
        @Override
        public boolean matches(TextWords text) {
            return left.matches(text) || right.matches(text);
        }
    }

    /** The inner expression does not match. */
    record Not(Expression inner) implements Expression {
        @Override
        public boolean matches(TextWords text) {
            return !inner.matches(text);
        }
    }
}
