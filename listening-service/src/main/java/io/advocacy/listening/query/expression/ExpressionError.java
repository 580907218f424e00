package io.advocacy.listening.query.expression;

/** An expression that cannot be parsed, with the zero-based position where it went wrong. */
public class ExpressionError extends RuntimeException {

    private final int position;

    public ExpressionError(int position, String message) {
        super("at position " + position + ": " + message);
        this.position = position;
    }

    public int position() {
        return position;
    }
}
