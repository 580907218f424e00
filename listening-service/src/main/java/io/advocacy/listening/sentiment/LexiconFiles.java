package io.advocacy.listening.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the lexicon's files from the classpath: VADER's rated words and emoticons, its boosters, negations and idioms,
 * the emoji names, and the slang table; and builds a {@link Lexicon} from them.
 */
final class LexiconFiles {

    private final Map<String, Double> valences = new LinkedHashMap<>();
    private final Map<String, Double> boosts = new LinkedHashMap<>();
    private final Set<String> negations = new LinkedHashSet<>();
    private final Map<String, String> emojiNames = new LinkedHashMap<>();
    private final Map<String, String> emojiAliases = new LinkedHashMap<>();
    private final Map<String, String> slang = new LinkedHashMap<>();

    private LexiconFiles() {}

    /** The files shipped in this package. */
    static LexiconFiles standard() {
        LexiconFiles files = new LexiconFiles();
        Map<String, double[]> ratings = new LinkedHashMap<>();
        read("vader_lexicon.txt", cols -> {
            double[] pooled = ratings.computeIfAbsent(cols[0], k -> new double[2]);
            pooled[0] += Double.parseDouble(cols[1]);
            pooled[1]++;
        });
        // A few tokens ("lol", "ok", "d:") were rated twice by separate panels of ten: pool the two means.
        ratings.forEach((token, pooled) -> files.valences.put(token, pooled[0] / pooled[1]));
        read("idioms.tsv", cols -> files.valences.put(cols[0], Double.parseDouble(cols[1])));
        read("boosters.tsv", cols -> files.boosts.put(cols[0], booster(cols[1])));
        read("degree_words.tsv", cols -> files.boosts.put(cols[0], booster(cols[1])));
        read("negations.txt", cols -> files.negations.add(cols[0]));
        read("emoji_lexicon.txt", cols -> files.emojiNames.put(cols[0], cols[1]));
        read("emoji_aliases.tsv", cols -> files.emojiAliases.put(cols[0], cols[1]));
        read("slang.tsv", cols -> files.slang.put(cols[0], cols[1]));
        return files;
    }

    Map<String, String> slang() {
        return Map.copyOf(slang);
    }

    /** Words, phrases and emoticons, and the given emoji with their entries. */
    Lexicon lexicon(Map<String, LexiconEntry> emoji) {
        Map<String, LexiconEntry> entries = new HashMap<>();
        Map<String, LexiconEntry> emoticons = new HashMap<>();
        Map<String, List<Phrase>> phrases = new HashMap<>();
        Set<String> keys = new LinkedHashSet<>(valences.keySet());
        keys.addAll(boosts.keySet());
        keys.addAll(negations);
        for (String key : keys) {
            LexiconEntry entry = entry(key);
            if (key.indexOf(' ') > 0) {
                String[] words = key.split(" ");
                phrases.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Phrase(key, words, entry));
            } else if (Lexicon.isEmoticon(key)) {
                emoticons.put(key, entry);
            } else {
                entries.put(key, entry);
            }
        }
        phrases.forEach((first, starting) -> {
            starting.sort(
                    Comparator.comparingInt((Phrase p) -> p.words().length).reversed());
            entries.put(first, entries.getOrDefault(first, LexiconEntry.NEUTRAL).beginning(starting));
        });
        entries.putAll(emoji);
        return new Lexicon(entries, emoticons);
    }

    /** Emoji that picture an emoticon of the lexicon, and that emoticon. */
    Map<String, String> emojiAliases() {
        return Map.copyOf(emojiAliases);
    }

    private LexiconEntry entry(String key) {
        Double valence = valences.get(key);
        return new LexiconEntry(
                valence == null ? 0 : valence,
                valence != null,
                boosts.getOrDefault(key, 0.0),
                negations.contains(key),
                List.of());
    }

    /** Each emoji and its Unicode name ("face with tears of joy"). */
    Map<String, String> emojiNames() {
        return Map.copyOf(emojiNames);
    }

    private static double booster(String direction) {
        return switch (direction) {
            case "boost" -> Weights.BOOST;
            case "dampen" -> Weights.DAMPEN;
            default -> throw new IllegalArgumentException("boost or dampen, not " + direction);
        };
    }

    private static void read(String name, Consumer<String[]> line) {
        try (InputStream in = LexiconFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing lexicon file " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String row = reader.readLine(); row != null; row = reader.readLine()) {
                if (!row.isBlank() && !row.startsWith("#")) {
                    line.accept(row.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
