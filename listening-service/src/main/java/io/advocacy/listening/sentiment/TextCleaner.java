package io.advocacy.listening.sentiment;

/**
 * Undoes what platforms do to text before it reaches us: HTML entities ("&amp;amp;", "&amp;lt;3") and typographic
 * quotes ("don’t").
 */
final class TextCleaner {

    private static final String[][] ENTITIES = {
        {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&apos;", "'"}, {"&nbsp;", " "}
    };

    private TextCleaner() {}

    /** The text as its author typed it; the same instance when there is nothing to undo. */
    static String clean(String text) {
        if (!needsCleaning(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '&') {
                String[] entity = entityAt(text, i);
                if (entity != null) {
                    out.append(entity[1]);
                    i += entity[0].length();
                    continue;
                }
            }
            out.append(plainQuote(c));
            i++;
        }
        return out.toString();
    }

    private static boolean needsCleaning(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&' || plainQuote(c) != c) {
                return true;
            }
        }
        return false;
    }

    private static String[] entityAt(String text, int i) {
        for (String[] entity : ENTITIES) {
            if (text.startsWith(entity[0], i)) {
                return entity;
            }
        }
        return null;
    }

    private static char plainQuote(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201B', '\u02BC', '\u00B4' -> '\'';
            case '\u201C', '\u201D', '\u201F' -> '"';
            default -> c;
        };
    }
}
