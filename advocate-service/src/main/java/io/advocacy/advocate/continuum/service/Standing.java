package io.advocacy.advocate.continuum.service;

import io.advocacy.advocate.continuum.Category;
import io.advocacy.advocate.continuum.Cause;
import io.advocacy.advocate.continuum.Continuum;
import io.advocacy.advocate.continuum.Evidence;
import io.advocacy.advocate.continuum.repository.EvidenceRepository;
import io.advocacy.advocate.profile.messaging.AdvocateEvents;
import io.advocacy.advocate.profile.repository.Advocate;
import io.advocacy.advocate.profile.repository.CategoryChange;
import io.advocacy.advocate.profile.repository.CategoryChangeRepository;
import io.advocacy.advocate.profile.service.ProfileMapper;
import io.advocacy.platform.events.EventPublisher;
import io.advocacy.platform.events.OutgoingEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Where each person stands on the continuum: their evidence over the configured window, and every move, stored with
 * the evidence and cause behind it and published as {@code advocate.category-changed.v1}, in the caller's transaction.
 */
@ApplicationScoped
public class Standing {

    private final EvidenceRepository evidence;
    private final CategoryChangeRepository history;
    private final EventPublisher events;
    private final ContinuumConfig config;

    public Standing(
            EvidenceRepository evidence,
            CategoryChangeRepository history,
            EventPublisher events,
            ContinuumConfig config) {
        this.evidence = evidence;
        this.history = history;
        this.events = events;
        this.config = config;
    }

    /** The person's evidence over their window, as the database holds it now. */
    public Uni<Evidence> evidenceOf(UUID advocateId) {
        return evidence.window(advocateId, config.window());
    }

    /**
     * Places the person on their evidence and records the move if there is one.
     *
     * @param reference where hysteresis holds them from: their place before, or null to place them afresh
     */
    public Uni<Void> reconsider(Advocate advocate, Category reference, Cause cause) {
        return evidenceOf(advocate.id).chain(found -> {
            Category before = advocate.category;
            advocate.category = reference == null ? Continuum.categoryOf(found) : Continuum.place(reference, found);
            return recordMove(advocate, before, cause, found);
        });
    }

    /**
     * Stores and publishes the person's move from {@code before} to where they stand now; nothing when they did not
     * move.
     *
     * @param before null when the person was just discovered
     */
    public Uni<Void> recordMove(Advocate advocate, Category before, Cause cause, Evidence found) {
        if (before == advocate.category) {
            return Uni.createFrom().voidItem();
        }
        CategoryChange change = ProfileMapper.change(advocate, before, cause, found);
        return history.persist(change)
                .chain(() -> events.publish(new OutgoingEvent(
                        AdvocateEvents.TOPIC,
                        AdvocateEvents.CategoryChanged.TYPE,
                        advocate.id.toString(),
                        ProfileMapper.categoryChanged(advocate, change))))
                .replaceWithVoid();
    }
}
