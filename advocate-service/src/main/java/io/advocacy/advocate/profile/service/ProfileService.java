package io.advocacy.advocate.profile.service;

import io.advocacy.advocate.continuum.Category;
import io.advocacy.advocate.continuum.Cause;
import io.advocacy.advocate.continuum.Continuum;
import io.advocacy.advocate.continuum.service.Standing;
import io.advocacy.advocate.identity.service.MentionIdentities;
import io.advocacy.advocate.manager.service.Assignments;
import io.advocacy.advocate.profile.messaging.AdvocateEvents;
import io.advocacy.advocate.profile.messaging.MentionScored;
import io.advocacy.advocate.profile.repository.Advocate;
import io.advocacy.advocate.profile.repository.AdvocateRepository;
import io.advocacy.advocate.profile.repository.Stage;
import io.advocacy.advocate.segment.service.SegmentMembership;
import io.advocacy.platform.events.EventPublisher;
import io.advocacy.platform.events.OutgoingEvent;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Keeps each person's profile in step with what they say: finds them by any of their identities, or creates them by
 * author key (giving a newcomer to a manager with room), counts the mention, places them on the continuum and publishes
 * what changed. Runs inside the consumer's transaction.
 */
@ApplicationScoped
public class ProfileService {

    private final AdvocateRepository advocates;
    private final Standing standing;
    private final EventPublisher events;
    private final Assignments assignments;
    private final SegmentMembership segments;
    private final MentionIdentities identities;

    public ProfileService(
            AdvocateRepository advocates,
            Standing standing,
            EventPublisher events,
            Assignments assignments,
            SegmentMembership segments,
            MentionIdentities identities) {
        this.advocates = advocates;
        this.standing = standing;
        this.events = events;
        this.assignments = assignments;
        this.segments = segments;
        this.identities = identities;
    }

    /** Applies one scored mention to its author's profile. */
    public Uni<Void> recordMention(MentionScored mention) {
        return identities
                .lockHolder(mention.authorKey())
                .chain(found -> found != null ? Uni.createFrom().item(found) : advocates.persist(discover(mention)))
                .call(advocate -> identities.count(advocate, mention))
                .chain(advocate -> apply(advocate, mention, advocate.mentionCount == 0));
    }

    private Uni<Void> apply(Advocate advocate, MentionScored mention, boolean discovered) {
        Category before = discovered ? null : advocate.category;
        advocate.record(mention.sentiment(), mention.publishedAt());
        advocate.displayName = mention.author().displayName();
        advocate.followers = mention.author().followers();
        return standing.evidenceOf(advocate.id).chain(evidence -> {
            // The first mention places a person; later ones move them only past a boundary's margin.
            advocate.category = Continuum.place(before, evidence);
            Uni<Void> chain = Uni.createFrom().voidItem();
            if (discovered) {
                Log.debugf("Discovered %s as %s", advocate.authorKey, advocate.category);
                chain = chain.chain(() ->
                                publish(advocate, AdvocateEvents.Discovered.TYPE, ProfileMapper.discovered(advocate)))
                        .chain(() -> assignments.assignNewcomer(advocate));
            }
            return chain.chain(
                            () -> standing.recordMove(advocate, before, Cause.mention(mention.mentionId()), evidence))
                    .chain(() ->
                            publish(advocate, AdvocateEvents.Updated.TYPE, ProfileMapper.updated(advocate, mention)))
                    .chain(() -> segments.reevaluate(advocate));
        });
    }

    private Uni<Void> publish(Advocate advocate, String type, Object data) {
        return events.publish(new OutgoingEvent(AdvocateEvents.TOPIC, type, advocate.id.toString(), data));
    }

    private static Advocate discover(MentionScored mention) {
        Advocate advocate = new Advocate();
        advocate.id = UUID.randomUUID();
        advocate.authorKey = mention.authorKey();
        advocate.platform = mention.platform();
        advocate.handle = mention.author().handle();
        advocate.displayName = mention.author().displayName();
        advocate.followers = mention.author().followers();
        advocate.stage = Stage.DISCOVERED;
        advocate.category = Category.NEUTRAL;
        advocate.discoveredAt = OffsetDateTime.now(ZoneOffset.UTC);
        return advocate;
    }
}
