package io.advocacy.recognition.spotlight.service;

import io.advocacy.platform.problem.ProblemException;
import io.advocacy.recognition.award.service.AwardService;
import io.advocacy.recognition.criteria.repository.Fact;
import io.advocacy.recognition.criteria.repository.FactKind;
import io.advocacy.recognition.spotlight.repository.Spotlight;
import io.advocacy.recognition.spotlight.repository.SpotlightRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The spotlight queue ("being their microphone"): proposes advocates' positive content for the brand to share, best
 * first by sentiment and reach; a manager approves it and features it with the person's consent, which is recognised
 * as a {@code featured} fact.
 */
@ApplicationScoped
public class SpotlightService {

    private final SpotlightRepository spotlights;
    private final AwardService awards;

    public SpotlightService(SpotlightRepository spotlights, AwardService awards) {
        this.spotlights = spotlights;
        this.awards = awards;
    }

    /** Proposes content, once per mention; runs inside the consumer's transaction. */
    public Uni<Void> propose(
            UUID advocateId,
            UUID mentionId,
            String authorKey,
            String displayName,
            String url,
            double sentiment,
            int followers,
            OffsetDateTime publishedAt) {
        Spotlight proposal = SpotlightMapper.proposal(
                advocateId, mentionId, authorKey, displayName, url, sentiment, followers, publishedAt);
        return spotlights
                .insertIfAbsent(proposal)
                .invoke(stored -> {
                    if (stored) {
                        Log.debugf("Proposed mention %s of advocate %s for the spotlight", mentionId, advocateId);
                    }
                })
                .replaceWithVoid();
    }

    /** Approves a proposal; 409 unless it is proposed. */
    @WithTransaction
    public Uni<Spotlight> approve(UUID id, String manager, String note) {
        return move(id, List.of(Spotlight.PROPOSED), spotlight -> {
            spotlight.status = Spotlight.APPROVED;
            decided(spotlight, manager, note);
            return Uni.createFrom().item(spotlight);
        });
    }

    /** Dismisses a proposal or an approved one; 409 once featured or dismissed. */
    @WithTransaction
    public Uni<Spotlight> dismiss(UUID id, String manager, String note) {
        return move(id, List.of(Spotlight.PROPOSED, Spotlight.APPROVED), spotlight -> {
            spotlight.status = Spotlight.DISMISSED;
            decided(spotlight, manager, note);
            return Uni.createFrom().item(spotlight);
        });
    }

    /**
     * Features approved content with the consent the manager confirmed, and recognises it: the person gets a
     * {@code featured} fact, and the badges it earns, in the same transaction. 409 unless it is approved.
     */
    @WithTransaction
    public Uni<Spotlight> feature(UUID id, String manager, String note) {
        return move(id, List.of(Spotlight.APPROVED), spotlight -> {
            OffsetDateTime now = SpotlightMapper.now();
            spotlight.status = Spotlight.FEATURED;
            decided(spotlight, manager, note);
            spotlight.consentConfirmedBy = manager;
            spotlight.consentConfirmedAt = now;
            spotlight.featuredAt = now;
            return awards.recognise(Fact.of(spotlight.advocateId, FactKind.FEATURED, now, spotlight.id.toString()))
                    .replaceWith(spotlight);
        });
    }

    @WithSession
    public Uni<Spotlight> find(UUID id) {
        return spotlights.findById(id).plug(ProblemException.orNotFound("Spotlight", id));
    }

    @WithSession
    public Uni<List<Spotlight>> page(String status, UUID advocateId, int page, int size) {
        return spotlights.page(status, advocateId, page, size);
    }

    @WithSession
    public Uni<Long> count(String status, UUID advocateId) {
        return spotlights.count(status, advocateId);
    }

    private Uni<Spotlight> move(
            UUID id, List<String> from, java.util.function.Function<Spotlight, Uni<Spotlight>> change) {
        return spotlights
                .findById(id)
                .plug(ProblemException.orNotFound("Spotlight", id))
                .chain(spotlight -> {
                    if (!from.contains(spotlight.status)) {
                        return Uni.createFrom()
                                .failure(new ProblemException(
                                        409,
                                        "Conflict",
                                        "spotlight " + id + " is " + spotlight.status + "; this needs it "
                                                + String.join(" or ", from)));
                    }
                    return change.apply(spotlight);
                });
    }

    private static void decided(Spotlight spotlight, String manager, String note) {
        spotlight.decidedBy = manager;
        spotlight.decidedAt = SpotlightMapper.now();
        spotlight.note = note;
    }
}
