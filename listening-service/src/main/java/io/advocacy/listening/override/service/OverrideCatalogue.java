package io.advocacy.listening.override.service;

import io.advocacy.listening.override.repository.PhraseOverrideRepository;
import io.advocacy.listening.query.expression.TextWords;
import io.advocacy.listening.sentiment.SentimentOverride;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every programme's overrides, ready for the scorer; cached, reloaded after a change here and at least every few
 * seconds to see other instances' changes.
 */
@ApplicationScoped
public class OverrideCatalogue {

    private static final long MAX_AGE_NANOS = 5_000_000_000L;

    private final PhraseOverrideRepository overrides;
    private volatile Snapshot snapshot = expired();

    public OverrideCatalogue(PhraseOverrideRepository overrides) {
        this.overrides = overrides;
    }

    /** The overrides in force, by programme; call within a session. */
    public Uni<Map<String, List<SentimentOverride>>> current() {
        Snapshot known = snapshot;
        if (System.nanoTime() - known.loadedAt() < MAX_AGE_NANOS) {
            return Uni.createFrom().item(known.byProgramme());
        }
        return overrides
                .listAll()
                .map(all -> all.stream()
                        .collect(Collectors.groupingBy(
                                o -> o.programme,
                                Collectors.mapping(
                                        o -> new SentimentOverride(
                                                TextWords.of(o.phrase).words(), o.valence),
                                        Collectors.toList()))))
                .invoke(loaded -> snapshot = new Snapshot(loaded, System.nanoTime()));
    }

    /** Forgets the cache; call after a change has committed. */
    public void invalidate() {
        snapshot = expired();
    }

    private static Snapshot expired() {
        return new Snapshot(Map.of(), System.nanoTime() - 2 * MAX_AGE_NANOS);
    }

    private record Snapshot(Map<String, List<SentimentOverride>> byProgramme, long loadedAt) {}
}
