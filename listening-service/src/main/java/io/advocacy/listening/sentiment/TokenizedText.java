package io.advocacy.listening.sentiment;

import java.util.ArrayList;
import java.util.List;

/** A post as the rules see it: its tokens in order, and the marks of emphasis counted over the whole text. */
final class TokenizedText {

    private final List<Token> tokens;
    private int words;
    private int shoutedWords;
    private int exclamations;
    private int questions;
    private boolean clauseBreak;

    TokenizedText(int expectedTokens) {
        this.tokens = new ArrayList<>(expectedTokens);
    }

    List<Token> tokens() {
        return tokens;
    }

    int exclamations() {
        return exclamations;
    }

    int questions() {
        return questions;
    }

    /** Whether some words, but not all, are in capitals: only then do capitals stand out as emphasis. */
    boolean capitalsStandOut() {
        return shoutedWords > 0 && shoutedWords < words;
    }

    void add(Token token) {
        if (token.kind() == Token.Kind.WORD) {
            words++;
            if (token.shouted()) {
                shoutedWords++;
            }
        }
        tokens.add(token);
    }

    /** Whether clause punctuation came since the last token; reading it clears it. */
    boolean takeClauseBreak() {
        boolean pending = clauseBreak;
        clauseBreak = false;
        return pending;
    }

    void markClauseBreak() {
        clauseBreak = true;
    }

    void countExclamation() {
        exclamations++;
    }

    void countQuestion() {
        questions++;
    }
}
