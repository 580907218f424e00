package io.advocacy.listening.query.expression;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses listening expressions: words, "quoted phrases", a trailing {@code *} for a prefix, AND, OR, NOT (upper
 * case) and parentheses; words side by side mean AND. NOT binds tighter than AND, AND tighter than OR. A query that
 * is only negative (NOT spam) would match nearly everything, so every expression needs at least one positive term.
 */
public final class ExpressionParser {

    private static final int MAX_LENGTH = 2_000;

    private final String source;
    private final List<Token> tokens;
    private int next;

    private ExpressionParser(String source) {
        this.source = source;
        this.tokens = tokenize(source);
    }

    /** Parses the expression or throws {@link ExpressionError} saying where and why. */
    public static Expression parse(String source) {
        if (source == null || source.isBlank()) {
            throw new ExpressionError(0, "the expression is empty");
        }
        if (source.length() > MAX_LENGTH) {
            throw new ExpressionError(MAX_LENGTH, "the expression is longer than " + MAX_LENGTH + " characters");
        }
        ExpressionParser parser = new ExpressionParser(source);
        Expression expression = parser.or();
        if (parser.next < parser.tokens.size()) {
            Token extra = parser.tokens.get(parser.next);
            throw new ExpressionError(extra.position(), "unexpected '" + extra.text() + "'");
        }
        if (!hasPositiveTerm(expression, false)) {
            throw new ExpressionError(0, "the expression needs at least one term that must appear, not only NOT terms");
        }
        return expression;
    }

    private Expression or() {
        Expression left = and();
        while (peek(Kind.OR)) {
            next++;
            left = new Expression.Or(left, and());
        }
        return left;
    }

    private Expression and() {
        Expression left = not();
        while (next < tokens.size() && !peek(Kind.OR) && !peek(Kind.CLOSE)) {
            if (peek(Kind.AND)) {
                next++;
            }
            left = new Expression.And(left, not());
        }
        return left;
    }

    private Expression not() {
        if (peek(Kind.NOT)) {
            next++;
            return new Expression.Not(not());
        }
        return primary();
    }

    private Expression primary() {
        if (next >= tokens.size()) {
            throw new ExpressionError(source.length(), "a term, a \"phrase\" or '(' is missing at the end");
        }
        Token token = tokens.get(next++);
        switch (token.kind()) {
            case OPEN -> {
                Expression inner = or();
                if (!peek(Kind.CLOSE)) {
                    throw new ExpressionError(token.position(), "this '(' is never closed");
                }
                next++;
                return inner;
            }
            case TERM -> {
                return term(token);
            }
            default ->
                throw new ExpressionError(
                        token.position(), "expected a term, a \"phrase\" or '(' but found '" + token.text() + "'");
        }
    }

    private static Expression term(Token token) {
        boolean prefix = token.text().endsWith("*") && !token.quoted();
        String text = prefix ? token.text().substring(0, token.text().length() - 1) : token.text();
        List<String> words = TextWords.split(text);
        if (words.isEmpty()) {
            throw new ExpressionError(token.position(), "'" + token.text() + "' has no letters or digits");
        }
        if (prefix && words.get(words.size() - 1).length() < 3) {
            throw new ExpressionError(token.position(), "a prefix needs at least 3 letters before '*'");
        }
        return new Expression.Phrase(List.copyOf(words), prefix);
    }

    private boolean peek(Kind kind) {
        return next < tokens.size() && tokens.get(next).kind() == kind;
    }

    private static boolean hasPositiveTerm(Expression expression, boolean negated) {
        if (expression instanceof Expression.Not not) {
            return hasPositiveTerm(not.inner(), !negated);
        }
        if (expression instanceof Expression.And and) {
            return hasPositiveTerm(and.left(), negated) || hasPositiveTerm(and.right(), negated);
        }
        if (expression instanceof Expression.Or or) {
            return hasPositiveTerm(or.left(), negated) || hasPositiveTerm(or.right(), negated);
        }
        return !negated;
    }

    private enum Kind {
        TERM,
        AND,
        OR,
        NOT,
        OPEN,
        CLOSE
    }

    private record Token(Kind kind, String text, int position, boolean quoted) {}

    private static List<Token> tokenize(String source) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                tokens.add(new Token(c == '(' ? Kind.OPEN : Kind.CLOSE, String.valueOf(c), i, false));
                i++;
            } else if (c == '"') {
                int end = source.indexOf('"', i + 1);
                if (end < 0) {
                    throw new ExpressionError(i, "this quote is never closed");
                }
                tokens.add(new Token(Kind.TERM, source.substring(i + 1, end), i, true));
                i = end + 1;
            } else {
                int start = i;
                while (i < source.length()
                        && !Character.isWhitespace(source.charAt(i))
                        && "()\"".indexOf(source.charAt(i)) < 0) {
                    i++;
                }
                String word = source.substring(start, i);
                Kind kind =
                        switch (word) {
                            case "AND" -> Kind.AND;
                            case "OR" -> Kind.OR;
                            case "NOT" -> Kind.NOT;
                            default -> Kind.TERM;
                        };
                tokens.add(new Token(kind, word, start, false));
            }
        }
        return tokens;
    }
}
