package io.advocacy.platform.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The platform's topics, declared once in {@code advocacy-topics.tsv} and created by tests and the local stack. */
public final class TopicCatalogue {

    private TopicCatalogue() {}

    /** All topics, dead-letter topics included. */
    public static List<TopicSpec> all() {
        try (var in = Objects.requireNonNull(
                        TopicCatalogue.class.getResourceAsStream("/advocacy-topics.tsv"), "advocacy-topics.tsv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .map(cols -> new TopicSpec(cols[0], Integer.parseInt(cols[1]), Map.of("retention.ms", cols[2])))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
