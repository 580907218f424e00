package io.advocacy.advocate.selection.service;

import io.advocacy.advocate.continuum.Category;
import io.advocacy.advocate.profile.repository.Stage;
import io.advocacy.advocate.selection.repository.SelectionRepository;
import io.advocacy.advocate.selection.rest.AttributeView;
import io.advocacy.advocate.selection.rest.CandidateView;
import io.advocacy.advocate.selection.rest.SelectionView;
import io.advocacy.platform.problem.ProblemException;
import io.advocacy.platform.rest.Page;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The six selection attributes of one person, and the ranking of candidates over a bounded window of profiles. */
@ApplicationScoped
public class SelectionService {

    private final SelectionRepository selection;
    private final int window;

    public SelectionService(
            SelectionRepository selection,
            @ConfigProperty(name = "advocacy.selection.window", defaultValue = "5000") int window) {
        this.selection = selection;
        this.window = window;
    }

    /** One person's attributes; 404 when unknown, 409 for a profile merged into another. */
    @WithSession
    public Uni<SelectionView> of(UUID id) {
        OffsetDateTime now = now();
        return selection
                .one(id, now)
                .plug(ProblemException.orNotFound("Advocate", id))
                .map(row -> {
                    if (row.mergedInto() != null) {
                        throw new ProblemException(
                                409,
                                "Merged away",
                                "advocate " + id + " was merged into " + row.mergedInto() + "; read that");
                    }
                    Map<Attribute, SelectionScores.Score> scores = SelectionScores.all(row.inputs());
                    Map<String, AttributeView> attributes = new LinkedHashMap<>();
                    scores.forEach((attribute, score) -> attributes.put(
                            attribute.wireName(), new AttributeView(score.score(), score.inputs(), score.why())));
                    return new SelectionView(
                            row.id(),
                            row.displayName(),
                            row.stage().wireName(),
                            row.category().wireName(),
                            attributes,
                            SelectionScores.total(plain(scores), Weights.equal()),
                            now);
                });
    }

    /**
     * A page of the ranking: the most recently heard from {@code advocacy.selection.window} profiles of the stage and
     * category are scored, those under a minimum dropped, the rest ordered by weighted total, best first.
     */
    @WithSession
    public Uni<Page<CandidateView>> candidates(
            Stage stage,
            Category category,
            Map<Attribute, Double> weights,
            double minScore,
            Map<Attribute, Double> minimums,
            int page,
            int size) {
        return selection.window(stage, category, window, now()).map(rows -> {
            List<CandidateView> ranked = rows.stream()
                    .map(row -> {
                        Map<Attribute, Integer> scores = SelectionScores.scores(row.inputs());
                        Map<String, Integer> byName = new LinkedHashMap<>();
                        scores.forEach((a, s) -> byName.put(a.wireName(), s));
                        return new CandidateView(
                                row.id(),
                                row.displayName(),
                                row.stage().wireName(),
                                row.category().wireName(),
                                SelectionScores.total(scores, weights),
                                byName);
                    })
                    .filter(c -> c.total() >= minScore)
                    .filter(c -> minimums.entrySet().stream()
                            .allMatch(m -> c.scores().get(m.getKey().wireName()) >= m.getValue()))
                    .sorted(Comparator.comparingDouble(CandidateView::total)
                            .reversed()
                            .thenComparing(CandidateView::advocateId))
                    .toList();
            int from = (int) Math.min((long) page * size, ranked.size());
            int to = Math.min(from + size, ranked.size());
            return new Page<>(ranked.subList(from, to), page, size, ranked.size());
        });
    }

    private static Map<Attribute, Integer> plain(Map<Attribute, SelectionScores.Score> scores) {
        Map<Attribute, Integer> plain = new EnumMap<>(Attribute.class);
        scores.forEach((a, s) -> plain.put(a, s.score()));
        return plain;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
