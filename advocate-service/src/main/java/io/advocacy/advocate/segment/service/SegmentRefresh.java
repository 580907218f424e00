package io.advocacy.advocate.segment.service;

import io.advocacy.advocate.profile.repository.Advocate;
import io.advocacy.advocate.profile.repository.AdvocateRepository;
import io.advocacy.advocate.segment.repository.Segment;
import io.advocacy.advocate.segment.repository.SegmentMemberRepository;
import io.advocacy.advocate.segment.repository.SegmentRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Sort;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Keeps segments whose rules name a time relative to now ("last mention within 30 days") true as time passes: on a
 * schedule, finds the few people whose membership the clock has changed and re-evaluates each of them the way a
 * profile change does, publishing each join and leave.
 */
@ApplicationScoped
public class SegmentRefresh {

    /** People re-evaluated per transaction. */
    static final int BATCH = 200;

    private final SegmentRepository segments;
    private final SegmentMemberRepository members;
    private final AdvocateRepository advocates;
    private final SegmentRules rules;
    private final SegmentMembership membership;

    public SegmentRefresh(
            SegmentRepository segments,
            SegmentMemberRepository members,
            AdvocateRepository advocates,
            SegmentRules rules,
            SegmentMembership membership) {
        this.segments = segments;
        this.members = members;
        this.advocates = advocates;
        this.rules = rules;
        this.membership = membership;
    }

    @Scheduled(
            identity = "segment-refresh",
            every = "${advocacy.segments.refresh-interval:15m}",
            delayed = "${advocacy.segments.refresh-interval:15m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> refreshAll() {
        OffsetDateTime now = SegmentMembership.now();
        return Panache.withSession(segments::timeDependent)
                .onItem()
                .transformToMulti(list -> Multi.createFrom().iterable(list))
                .onItem()
                .transformToUniAndConcatenate(segment -> refresh(segment.id, now))
                .collect()
                .asList()
                .onFailure()
                .invoke(failure -> Log.warnf("Could not refresh the time-dependent segments: %s", failure.getMessage()))
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }

    /**
     * Brings one segment's membership in line with its rule at {@code now}, batch by batch.
     *
     * @return how many people joined or left
     */
    public Uni<Integer> refresh(UUID segmentId, OffsetDateTime now) {
        return refreshBatch(segmentId, now)
                .chain(changed -> changed < BATCH
                        ? Uni.createFrom().item(changed)
                        : refresh(segmentId, now).map(more -> changed + more));
    }

    private Uni<Integer> refreshBatch(UUID segmentId, OffsetDateTime now) {
        return Panache.withTransaction(() -> segments.findById(segmentId)
                .chain(segment -> segment == null
                        ? Uni.createFrom().item(0)
                        : members.drifted(segmentId, rules.of(segment), now, BATCH)
                                .chain(ids ->
                                        ids.isEmpty() ? Uni.createFrom().item(0) : reevaluate(segment, ids, now))));
    }

    /** Locks the people (row locks first, like every profile change), then the definitions, then re-evaluates. */
    private Uni<Integer> reevaluate(Segment segment, List<UUID> ids, OffsetDateTime now) {
        return advocates
                .find("id in ?1", Sort.ascending("id"), ids)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list()
                .call(segments::lockDefinitionsShared)
                .chain(people -> Multi.createFrom()
                        .iterable(people)
                        .onItem()
                        .transformToUniAndConcatenate((Advocate advocate) ->
                                membership.apply(advocate, List.of(segment), now, SegmentMembership.TIME))
                        .collect()
                        .last()
                        .map(ignored -> people.size()))
                .invoke(count -> Log.debugf("Refreshed %d member(s) of segment %s", count, segment.name));
    }
}
