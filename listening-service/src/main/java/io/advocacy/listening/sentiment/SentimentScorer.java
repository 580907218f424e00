package io.advocacy.listening.sentiment;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * Scores the sentiment of short social-media text with VADER's lexicon and rules (Hutto &amp; Gilbert 2014), adapted
 * to how people write online. Thread-safe and plain Java: the lexicon is built once, then only read.
 */
@ApplicationScoped
public class SentimentScorer {

    private final Tokenizer tokenizer;
    private final ValenceRules rules = new ValenceRules();

    /** A scorer with the lexicon shipped in this package. */
    public SentimentScorer() {
        // CDI's client proxy runs this constructor too: the lexicon is built once per JVM, not per instance.
        this.tokenizer = Standard.TOKENIZER;
    }

    /** Scores one text; a text without words is neutral. */
    public Sentiment score(String text) {
        return score(tokenizer.tokenize(text));
    }

    /** Scores one text with a programme's overrides: each overridden phrase scores as its override says. */
    public Sentiment score(String text, List<SentimentOverride> overrides) {
        TokenizedText tokens = tokenizer.tokenize(text);
        if (!overrides.isEmpty()) {
            Overrides.apply(tokens.tokens(), overrides);
        }
        return score(tokens);
    }

    private Sentiment score(TokenizedText tokens) {
        double[] valences = rules.valences(tokens);
        if (valences.length == 0) {
            return new Sentiment(0, 0, 1, 0);
        }
        double emphasis = Emphasis.of(tokens);
        double sum = 0;
        int rated = 0;
        double positive = 0;
        double negative = 0;
        int neutral = 0;
        for (double valence : valences) {
            sum += valence;
            // A rated word also counts as one word among the neutral ones.
            if (valence > 0) {
                positive += valence + 1;
                rated++;
            } else if (valence < 0) {
                negative += -valence + 1;
                rated++;
            } else {
                neutral++;
            }
        }
        double intensity = Intensity.of(sum, rated, emphasis);
        if (positive > negative) {
            positive += emphasis;
        } else if (negative > positive) {
            negative += emphasis;
        }
        double total = positive + negative + neutral;
        return new Sentiment(
                round(Intensity.compound(intensity), 10_000),
                round(positive / total, 1000),
                round(neutral / total, 1000),
                round(negative / total, 1000));
    }

    private static double round(double value, int scale) {
        return Math.round(value * scale) / (double) scale;
    }

    /** The lexicon shipped in this package, with its emoji rated; built on first use. */
    private static final class Standard {

        static final Tokenizer TOKENIZER = build();

        private static Tokenizer build() {
            LexiconFiles files = LexiconFiles.standard();
            Lexicon words = files.lexicon(Map.of());
            Map<String, LexiconEntry> emoji = EmojiRatings.rate(
                    files.emojiNames(), files.emojiAliases(), words, tokenizer(words, files), new ValenceRules());
            return tokenizer(files.lexicon(emoji), files);
        }

        private static Tokenizer tokenizer(Lexicon lexicon, LexiconFiles files) {
            return new Tokenizer(lexicon, new WordForms(files.slang(), lexicon::knows));
        }
    }
}
