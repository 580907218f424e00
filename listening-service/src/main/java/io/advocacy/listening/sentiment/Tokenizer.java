package io.advocacy.listening.sentiment;

import java.util.Locale;

/**
 * Splits a post into the tokens the rules weigh, without regular expressions: words (contractions and hyphenated
 * words of the lexicon kept whole), emoticons (also glued to a word: "great:)"), emoji, and neutral placeholders for
 * links and @mentions. A hashtag counts as its words ("#EpicFail" as "epic fail"); clause punctuation is remembered on
 * the token after it.
 */
final class Tokenizer {

    private static final int SKIN_TONE_FIRST = 0x1F3FB;
    private static final int SKIN_TONE_LAST = 0x1F3FF;
    private static final int VARIATION_SELECTOR = 0xFE0F;
    private static final int ZERO_WIDTH_JOINER = 0x200D;

    private final Lexicon lexicon;
    private final WordForms forms;

    Tokenizer(Lexicon lexicon, WordForms forms) {
        this.lexicon = lexicon;
        this.forms = forms;
    }

    TokenizedText tokenize(String raw) {
        String text = TextCleaner.clean(raw);
        int n = text.length();
        TokenizedText out = new TokenizedText(n / 4 + 4);
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                chunk(text, start, i, out);
            }
        }
        PhraseJoiner.join(out.tokens());
        return out;
    }

    /** One run of non-blank characters. */
    private void chunk(String text, int start, int end, TokenizedText out) {
        countMarks(text, start, end, out);
        if (isLink(text, start)) {
            out.add(Token.placeholder(out.takeClauseBreak()));
            return;
        }
        if (text.charAt(start) == '@' && end - start > 1 && isHandle(text.charAt(start + 1))) {
            out.add(Token.placeholder(out.takeClauseBreak()));
            int p = start + 1;
            while (p < end && isHandle(text.charAt(p))) {
                p++;
            }
            pieces(text, p, end, out);
            return;
        }
        if (!emoticon(text, start, end, out)) {
            pieces(text, start, end, out);
        }
    }

    private static void countMarks(String text, int start, int end, TokenizedText out) {
        for (int p = start; p < end; p++) {
            char c = text.charAt(p);
            if (c == '!') {
                out.countExclamation();
            } else if (c == '?') {
                out.countQuestion();
            }
        }
    }

    /** Words, emoji, emoticons and punctuation inside a chunk. */
    private void pieces(String text, int start, int end, TokenizedText out) {
        int p = start;
        while (p < end) {
            char c = text.charAt(p);
            if (Character.isLetterOrDigit(c)) {
                int q = wordEnd(text, p, end);
                if (p > start && text.charAt(p - 1) == '#') {
                    hashtag(text, p, q, out);
                } else {
                    word(text.substring(p, q), out);
                }
                p = q;
            } else if (Character.isSurrogate(c) || Character.getType(c) == Character.OTHER_SYMBOL) {
                p = emoji(text, p, end, out);
            } else if (p > start && emoticon(text, p, end, out)) {
                return;
            } else {
                if (isClausePunctuation(c)) {
                    out.markClauseBreak();
                }
                p++;
            }
        }
    }

    /** Where a word starting at {@code p} ends: apostrophes and hyphens count only between letters or digits. */
    private static int wordEnd(String text, int p, int end) {
        int q = p + 1;
        while (q < end) {
            char c = text.charAt(q);
            boolean joiner = (c == '\'' || c == '-') && q + 1 < end && Character.isLetterOrDigit(text.charAt(q + 1));
            if (!Character.isLetterOrDigit(c) && !joiner) {
                break;
            }
            q++;
        }
        return q;
    }

    /** A hashtag written in camel case ("#EpicFail") holds several words. */
    private void hashtag(String text, int start, int end, TokenizedText out) {
        int from = start;
        for (int p = start + 1; p < end; p++) {
            if (Character.isUpperCase(text.charAt(p)) && Character.isLowerCase(text.charAt(p - 1))) {
                word(text.substring(from, p), out);
                from = p;
            }
        }
        word(text.substring(from, end), out);
    }

    private void word(String surface, TokenizedText out) {
        String key = surface.toLowerCase(Locale.ROOT);
        LexiconEntry entry = lexicon.find(key);
        boolean stretched = false;
        if (entry == null) {
            String standard = forms.standardise(key);
            if (standard != null) {
                stretched = WordForms.isStretched(key);
                key = standard;
                entry = lexicon.find(key);
            } else if (key.indexOf('-') > 0) {
                hyphenated(surface, out);
                return;
            }
        }
        out.add(Token.word(key, entry, isShouted(surface), stretched, out.takeClauseBreak()));
    }

    /** A hyphenated word the lexicon does not know, as its parts ("super-excited"). */
    private void hyphenated(String surface, TokenizedText out) {
        int from = 0;
        for (int p = surface.indexOf('-'); p >= 0; p = surface.indexOf('-', from)) {
            word(surface.substring(from, p), out);
            from = p + 1;
        }
        word(surface.substring(from), out);
    }

    /** An emoji with its skin tone, presentation mark and whatever is joined to it; answers where it ends. */
    private int emoji(String text, int p, int end, TokenizedText out) {
        int q = p + Character.charCount(text.codePointAt(p));
        String emoji = text.substring(p, q);
        LexiconEntry entry = lexicon.find(emoji);
        if (entry != null) {
            out.add(Token.symbol(emoji, entry, out.takeClauseBreak()));
        }
        while (q < end) {
            int next = text.codePointAt(q);
            if (next == VARIATION_SELECTOR || (next >= SKIN_TONE_FIRST && next <= SKIN_TONE_LAST)) {
                q += Character.charCount(next);
            } else if (next == ZERO_WIDTH_JOINER && q + 1 < end) {
                q += 1 + Character.charCount(text.codePointAt(q + 1));
            } else {
                break;
            }
        }
        return q;
    }

    /** Whether {@code text[start, end)} is an emoticon, also with its last character repeated (":)))", "<333"). */
    private boolean emoticon(String text, int start, int end, TokenizedText out) {
        int length = end - start;
        if (length < 2 || length > lexicon.longestEmoticon() || !couldBeEmoticon(text, start, end)) {
            return false;
        }
        String candidate = text.substring(start, end);
        LexiconEntry entry = lexicon.findEmoticon(candidate);
        int last = end - 1;
        while (entry == null && last - start >= 2 && text.charAt(last) == text.charAt(last - 1)) {
            last--;
            candidate = text.substring(start, last + 1);
            entry = lexicon.findEmoticon(candidate);
        }
        if (entry == null) {
            return false;
        }
        out.add(Token.symbol(candidate, entry, out.takeClauseBreak()));
        return true;
    }

    /**
     * Emoticons hold a symbol and never two different letters in a row (":D", "o.O", ":DD"), which rules out most
     * chunks ("day,") without a lookup.
     */
    private static boolean couldBeEmoticon(String text, int start, int end) {
        boolean symbol = false;
        for (int p = start; p < end; p++) {
            char c = text.charAt(p);
            if (!Character.isLetterOrDigit(c)) {
                symbol = true;
            } else if (p > start
                    && Character.isLetter(c)
                    && Character.isLetter(text.charAt(p - 1))
                    && c != text.charAt(p - 1)) {
                return false;
            }
        }
        return symbol;
    }

    /** Capitals used for emphasis: at least two letters, none lower-case ("GREAT", but not "I" or "A"). */
    static boolean isShouted(String word) {
        int upper = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return upper >= 2;
    }

    private static boolean isLink(String text, int start) {
        return text.startsWith("http://", start)
                || text.startsWith("https://", start)
                || text.startsWith("www.", start);
    }

    private static boolean isHandle(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** Punctuation that ends the reach of a negation or booster. */
    private static boolean isClausePunctuation(char c) {
        return c == '.' || c == ',' || c == ';' || c == '!' || c == '?';
    }
}
