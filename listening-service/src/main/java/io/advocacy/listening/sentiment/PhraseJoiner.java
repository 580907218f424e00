package io.advocacy.listening.sentiment;

import java.util.List;

/** Joins the runs of tokens that form a phrase of the lexicon ("fed up", "kind of", "yeah right") into one token. */
final class PhraseJoiner {

    private PhraseJoiner() {}

    static void join(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token first = tokens.get(i);
            if (first.entry() == null || !first.entry().beginsPhrases()) {
                continue;
            }
            for (Phrase phrase : first.entry().phrases()) {
                if (matches(tokens, i, phrase)) {
                    List<Token> run = tokens.subList(i, i + phrase.words().length);
                    boolean shouted = run.stream().allMatch(Token::shouted);
                    boolean stretched = run.stream().anyMatch(Token::stretched);
                    run.clear();
                    tokens.add(i, Token.word(phrase.text(), phrase.entry(), shouted, stretched, first.startsClause()));
                    break;
                }
            }
        }
    }

    /** Whether the phrase's words follow from {@code i} on, within one clause. */
    private static boolean matches(List<Token> tokens, int i, Phrase phrase) {
        String[] words = phrase.words();
        if (i + words.length > tokens.size()) {
            return false;
        }
        for (int k = 1; k < words.length; k++) {
            Token token = tokens.get(i + k);
            if (token.startsClause() || !token.is(words[k])) {
                return false;
            }
        }
        return true;
    }
}
