package io.advocacy.advocate.segment.service;

import io.advocacy.advocate.profile.messaging.AdvocateEvents;
import io.advocacy.advocate.profile.repository.Advocate;
import io.advocacy.advocate.segment.messaging.SegmentEvents;
import io.advocacy.advocate.segment.repository.Segment;
import io.advocacy.advocate.segment.repository.SegmentMemberRepository;
import io.advocacy.advocate.segment.repository.SegmentRepository;
import io.advocacy.platform.events.EventPublisher;
import io.advocacy.platform.events.OutgoingEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps segment memberships in step one profile at a time: when a profile changes, that person alone is evaluated
 * against the segments' rules in memory, in the transaction of the change, and each join or leave is stored and
 * published. Never rescans the other profiles.
 */
@ApplicationScoped
public class SegmentMembership {

    /** The cause of a change of membership that a change of the profile made. */
    static final String PROFILE = "profile";
    /** The cause of a change of membership that the passing of time made. */
    static final String TIME = "time";

    private static final String ERASED = "erased";

    private final SegmentRepository segments;
    private final SegmentMemberRepository members;
    private final SegmentRules rules;
    private final EventPublisher events;
    private final Timer timer;

    public SegmentMembership(
            SegmentRepository segments,
            SegmentMemberRepository members,
            SegmentRules rules,
            EventPublisher events,
            MeterRegistry registry) {
        this.segments = segments;
        this.members = members;
        this.rules = rules;
        this.events = events;
        this.timer = Timer.builder("advocacy.segments.reevaluation")
                .description("Re-evaluating one changed profile against every segment, in its transaction")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
    }

    /**
     * Re-evaluates a person whose profile just changed against every segment; call within the transaction of the
     * change, after the change.
     */
    public Uni<Void> reevaluate(Advocate advocate) {
        OffsetDateTime now = now();
        Timer.Sample sample = Timer.start();
        return segments.lockDefinitionsShared()
                .chain(() -> segments.allWithMembershipOf(advocate.id))
                .chain(rows -> {
                    List<Segment> all = new ArrayList<>();
                    Set<UUID> in = new HashSet<>();
                    for (Object[] row : rows) {
                        Segment segment = (Segment) row[0];
                        all.add(segment);
                        if (((Number) row[1]).longValue() > 0) {
                            in.add(segment.id);
                        }
                    }
                    return apply(advocate, all, in, now, PROFILE);
                })
                .invoke(() -> sample.stop(timer));
    }

    /**
     * Brings a person's membership of the given segments in line with their rules at {@code now}; call within a
     * transaction holding the definitions lock (shared) and the person's row lock.
     */
    Uni<Void> apply(Advocate advocate, List<Segment> candidates, OffsetDateTime now, String cause) {
        if (candidates.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return members.segmentsOf(advocate.id)
                .chain(current -> apply(advocate, candidates, new HashSet<>(current), now, cause));
    }

    /** As above, knowing the segments the person is in now. */
    private Uni<Void> apply(
            Advocate advocate, List<Segment> candidates, Set<UUID> in, OffsetDateTime now, String cause) {
        Uni<Void> changes = Uni.createFrom().voidItem();
        for (Segment segment : candidates) {
            // A profile merged into another is no one of its own: its person is counted on the survivor.
            boolean meets = advocate.mergedInto == null && rules.of(segment).matches(advocate, now);
            if (meets && !in.contains(segment.id)) {
                changes = changes.chain(() -> join(advocate, segment, now, cause));
            } else if (!meets && in.contains(segment.id)) {
                changes = changes.chain(() -> leave(advocate.id, segment, now, cause));
            }
        }
        return changes;
    }

    /**
     * Takes a person who is being erased out of every segment, saying so; call within the erasure's transaction,
     * before the profile is deleted.
     */
    public Uni<Void> forget(Advocate advocate) {
        OffsetDateTime now = now();
        return segments.lockDefinitionsShared()
                .chain(() -> members.segmentsOf(advocate.id))
                .chain(current -> current.isEmpty()
                        ? Uni.createFrom().item(List.<Segment>of())
                        : segments.list("id in ?1", current))
                .chain(in -> {
                    Uni<Void> changes = Uni.createFrom().voidItem();
                    for (Segment segment : in) {
                        changes = changes.chain(() -> leave(advocate.id, segment, now, ERASED));
                    }
                    return changes;
                });
    }

    private Uni<Void> join(Advocate advocate, Segment segment, OffsetDateTime now, String cause) {
        Log.debugf("%s joins segment %s (%s)", advocate.id, segment.name, cause);
        return members.join(segment.id, advocate, now)
                .chain(() -> publish(
                        advocate.id,
                        SegmentEvents.Joined.TYPE,
                        new SegmentEvents.Joined(advocate.id, segment.id, segment.name, cause, now)));
    }

    private Uni<Void> leave(UUID advocateId, Segment segment, OffsetDateTime now, String cause) {
        Log.debugf("%s leaves segment %s (%s)", advocateId, segment.name, cause);
        return members.leave(segment.id, advocateId)
                .chain(() -> publish(
                        advocateId,
                        SegmentEvents.Left.TYPE,
                        new SegmentEvents.Left(advocateId, segment.id, segment.name, cause, now)));
    }

    private Uni<Void> publish(UUID advocateId, String type, Object data) {
        return events.publish(new OutgoingEvent(AdvocateEvents.TOPIC, type, advocateId.toString(), data));
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
