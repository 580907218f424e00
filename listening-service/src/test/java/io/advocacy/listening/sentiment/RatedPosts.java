package io.advocacy.listening.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The human-rated posts of {@code sentiment/tweets-dev.tsv} (see its PROVENANCE.md).
 *
 * @param texts the posts
 * @param ratings the mean human rating of each, from -4 to 4
 */
public record RatedPosts(String[] texts, double[] ratings) {

    /** Reads the development split from the test classpath. */
    public static RatedPosts development() {
        List<String> texts = new ArrayList<>();
        List<Double> ratings = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(
                        RatedPosts.class.getResourceAsStream("/sentiment/tweets-dev.tsv"), "tweets-dev.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    String[] columns = line.split("\t", 3);
                    ratings.add(Double.parseDouble(columns[1]));
                    texts.add(columns[2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RatedPosts(
                texts.toArray(String[]::new),
                ratings.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
