package io.advocacy.listening.sentiment;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A small rule-based valence scorer: a word lexicon, negation, intensifiers and exclamation marks, normalised to
 * [-1, 1] as VADER does. Good enough to tell praise from complaint; the tuned scorer is a later step.
 */
@ApplicationScoped
public class SentimentScorer {

    /** VADER's normalisation constant: compound = sum / sqrt(sum^2 + ALPHA). */
    private static final double ALPHA = 15;

    private static final Set<String> NEGATIONS = Set.of(
            "not", "no", "never", "isn't", "isnt", "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "wasn't",
            "wasnt", "can't", "cant", "won't", "wont", "nothing", "nobody", "nor", "without");
    private static final Map<String, Double> BOOSTERS = Map.of(
            "very",
            0.293,
            "really",
            0.293,
            "so",
            0.293,
            "extremely",
            0.293,
            "absolutely",
            0.293,
            "totally",
            0.293,
            "super",
            0.293,
            "slightly",
            -0.293,
            "somewhat",
            -0.293,
            "barely",
            -0.293);

    private final Map<String, Double> lexicon = load();

    /** Scores one text. */
    public Sentiment score(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'!?:()-]+");
        double sum = 0;
        double positive = 0;
        double negative = 0;
        int neutralWords = 0;
        int counted = 0;
        for (int i = 0; i < words.length; i++) {
            String word = words[i].replaceAll("[!?.]+$", "");
            if (word.isEmpty()) {
                continue;
            }
            counted++;
            Double valence = lexicon.get(word);
            if (valence == null) {
                neutralWords++;
                continue;
            }
            double v = valence;
            if (i > 0 && BOOSTERS.containsKey(words[i - 1])) {
                v += Math.signum(v) * BOOSTERS.get(words[i - 1]);
            }
            for (int back = 1; back <= 3 && i - back >= 0; back++) {
                if (NEGATIONS.contains(words[i - back]) || words[i - back].endsWith("n't")) {
                    v *= -0.74;
                    break;
                }
            }
            sum += v;
            if (v > 0) {
                positive += v + 1;
            } else {
                negative += -v + 1;
            }
        }
        long exclamations = Math.min(4, text.chars().filter(c -> c == '!').count());
        if (sum != 0) {
            sum += Math.signum(sum) * exclamations * 0.292;
        }
        double compound = sum / Math.sqrt(sum * sum + ALPHA);
        double total = positive + negative + neutralWords;
        if (counted == 0 || total == 0) {
            return new Sentiment(0, 0, 1, 0);
        }
        return new Sentiment(
                round(compound), round(positive / total), round(neutralWords / total), round(negative / total));
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private static Map<String, Double> load() {
        Map<String, Double> words = new HashMap<>();
        try (var in = Objects.requireNonNull(SentimentScorer.class.getResourceAsStream("lexicon.tsv"), "lexicon.tsv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .forEach(cols -> words.put(cols[0], Double.parseDouble(cols[1])));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(words);
    }
}
