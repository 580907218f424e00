package io.advocacy.listening.sentiment;

import java.util.List;

/** Applies overrides to a tokenized post: the first token of each overridden phrase takes the override's valence. */
final class Overrides {

    private Overrides() {}

    static void apply(List<Token> tokens, List<SentimentOverride> overrides) {
        for (SentimentOverride override : overrides) {
            String joined = String.join(" ", override.words());
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                if (token.kind() != Token.Kind.WORD) {
                    continue;
                }
                if (token.key().equals(joined)) {
                    tokens.set(i, retuned(token, override.valence()));
                } else if (startsSequence(tokens, i, override.words())) {
                    tokens.set(i, retuned(token, override.valence()));
                    for (int k = 1; k < override.words().size(); k++) {
                        tokens.set(i + k, retuned(tokens.get(i + k), 0));
                    }
                }
            }
        }
    }

    private static boolean startsSequence(List<Token> tokens, int start, List<String> words) {
        if (words.size() < 2 || start + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            Token token = tokens.get(start + k);
            if (token.kind() != Token.Kind.WORD || !token.key().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static Token retuned(Token token, double valence) {
        LexiconEntry entry = valence == 0 ? LexiconEntry.NEUTRAL : LexiconEntry.rated(valence);
        return Token.word(token.key(), entry, token.shouted(), token.stretched(), token.startsClause());
    }
}
