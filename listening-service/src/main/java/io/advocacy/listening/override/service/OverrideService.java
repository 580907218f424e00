package io.advocacy.listening.override.service;

import io.advocacy.listening.override.repository.PhraseOverride;
import io.advocacy.listening.override.repository.PhraseOverrideRepository;
import io.advocacy.listening.override.rest.OverrideView;
import io.advocacy.listening.query.expression.TextWords;
import io.advocacy.platform.problem.Problem;
import io.advocacy.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Saves and reads programmes' sentiment overrides; callers tell the catalogue once a change has committed. */
@ApplicationScoped
public class OverrideService {

    private final PhraseOverrideRepository overrides;

    public OverrideService(PhraseOverrideRepository overrides) {
        this.overrides = overrides;
    }

    @WithTransaction
    public Uni<OverrideView> put(String programme, String phrase, double valence, String by) {
        String normalised = normalise(phrase);
        return overrides
                .find(programme, normalised)
                .chain(existing -> {
                    PhraseOverride override = existing == null ? new PhraseOverride() : existing;
                    if (existing == null) {
                        override.id = UUID.randomUUID();
                        override.programme = programme;
                        override.phrase = normalised;
                    }
                    override.valence = valence;
                    override.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
                    override.updatedBy = by;
                    return existing == null
                            ? overrides.persist(override)
                            : Uni.createFrom().item(override);
                })
                .map(OverrideService::toView);
    }

    @WithTransaction
    public Uni<Void> delete(String programme, String phrase) {
        return overrides
                .find(programme, normalise(phrase))
                .plug(ProblemException.orNotFound("Override of", phrase))
                .chain(overrides::delete);
    }

    @WithSession
    public Uni<List<OverrideView>> list(String programme) {
        return overrides
                .ofProgramme(programme)
                .map(all -> all.stream().map(OverrideService::toView).toList());
    }

    private static String normalise(String phrase) {
        List<String> words = TextWords.of(phrase).words();
        if (words.isEmpty()) {
            throw new ProblemException(
                    400,
                    "Invalid request",
                    "the phrase has no words",
                    List.of(new Problem.Violation("phrase", "must hold at least one word")));
        }
        return String.join(" ", words);
    }

    private static OverrideView toView(PhraseOverride o) {
        return new OverrideView(o.programme, o.phrase, o.valence, o.updatedAt, o.updatedBy);
    }
}
