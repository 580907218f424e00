package io.advocacy.advocate.privacy.service;

import io.advocacy.advocate.identity.repository.IdentityRepository;
import io.advocacy.advocate.identity.repository.MergeRepository;
import io.advocacy.advocate.lifecycle.repository.StageChangeRepository;
import io.advocacy.advocate.privacy.repository.ConsentRepository;
import io.advocacy.advocate.profile.messaging.AdvocateEvents;
import io.advocacy.advocate.profile.repository.Advocate;
import io.advocacy.advocate.profile.repository.AdvocateRepository;
import io.advocacy.advocate.profile.repository.CategoryChangeRepository;
import io.advocacy.advocate.profile.repository.ProfileBadgeRepository;
import io.advocacy.advocate.segment.service.SegmentMembership;
import io.advocacy.platform.events.EventPublisher;
import io.advocacy.platform.events.OutgoingEvent;
import io.advocacy.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Removes a person, or only what identifies them. Erasure deletes everything this service holds about them and
 * publishes {@code advocate.erased.v1} so that the other services remove their copies; anonymisation keeps the
 * statistics (category, counts, history of moves) and drops handle, name, email, followers, consent and what
 * identifies their identities. A person whose profiles were merged is erased whole: every profile merged into the one
 * they live on in goes too, each announced by its own {@code advocate.erased.v1}.
 */
@ApplicationScoped
public class Erasure {

    private final AdvocateRepository advocates;
    private final CategoryChangeRepository categories;
    private final StageChangeRepository stages;
    private final ProfileBadgeRepository badges;
    private final ConsentRepository consents;
    private final EventPublisher events;
    private final SegmentMembership segments;
    private final MergeRepository merges;
    private final IdentityRepository identities;

    public Erasure(
            AdvocateRepository advocates,
            CategoryChangeRepository categories,
            StageChangeRepository stages,
            ProfileBadgeRepository badges,
            ConsentRepository consents,
            EventPublisher events,
            SegmentMembership segments,
            MergeRepository merges,
            IdentityRepository identities) {
        this.advocates = advocates;
        this.categories = categories;
        this.stages = stages;
        this.badges = badges;
        this.consents = consents;
        this.events = events;
        this.segments = segments;
        this.merges = merges;
        this.identities = identities;
    }

    /** Deletes the person and everything about them here, and tells the other services; in one transaction. */
    @WithTransaction
    public Uni<Void> erase(UUID id) {
        return existing(id)
                .chain(() -> identities.lockExclusive())
                .chain(() -> merges.person(id))
                .chain(this::eraseAll);
    }

    /** Erases every profile of one person; the ones merged into another stop pointing at it first. */
    private Uni<Void> eraseAll(List<UUID> profiles) {
        return Multi.createFrom()
                .iterable(profiles)
                .onItem()
                .transformToUniAndConcatenate(advocates::findById)
                .invoke(advocate -> advocate.mergedInto = null)
                .collect()
                .asList()
                .call(advocates::flush)
                .chain(() -> Multi.createFrom()
                        .iterable(profiles)
                        .onItem()
                        .transformToUniAndConcatenate(this::eraseOne)
                        .collect()
                        .last())
                .replaceWithVoid();
    }

    private Uni<Void> eraseOne(UUID id) {
        return existing(id)
                .call(advocate -> consents.delete("advocateId", id))
                .call(advocate -> stages.delete("advocateId", id))
                .call(advocate -> categories.delete("advocateId", id))
                .call(advocate -> badges.delete("advocateId", id))
                .call(segments::forget)
                .call(advocates::delete)
                .call(advocate -> events.publish(new OutgoingEvent(
                        AdvocateEvents.TOPIC,
                        AdvocateEvents.Erased.TYPE,
                        id.toString(),
                        new AdvocateEvents.Erased(id, advocate.authorKey, OffsetDateTime.now(ZoneOffset.UTC)))))
                .replaceWithVoid();
    }

    /** Drops what identifies the person and keeps the statistics. */
    @WithTransaction
    public Uni<Void> anonymise(UUID id) {
        return existing(id)
                .call(advocate -> consents.delete("advocateId", id))
                .invoke(advocate -> {
                    advocate.authorKey = "anonymised:" + id;
                    advocate.handle = "anonymised";
                    advocate.displayName = null;
                    advocate.followers = 0;
                    advocate.email = null;
                    advocate.emailVerified = false;
                })
                .call(advocate -> identities.anonymise(id))
                .call(segments::reevaluate)
                .replaceWithVoid();
    }

    private Uni<Advocate> existing(UUID id) {
        return advocates.findById(id).plug(ProblemException.orNotFound("Advocate", id));
    }
}
