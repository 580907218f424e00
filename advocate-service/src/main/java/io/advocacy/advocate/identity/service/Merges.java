package io.advocacy.advocate.identity.service;

import io.advocacy.advocate.continuum.Cause;
import io.advocacy.advocate.continuum.Trigger;
import io.advocacy.advocate.continuum.service.Standing;
import io.advocacy.advocate.identity.messaging.IdentityEvents;
import io.advocacy.advocate.identity.repository.AdvocateIdentity;
import io.advocacy.advocate.identity.repository.DistinctMark;
import io.advocacy.advocate.identity.repository.DistinctRepository;
import io.advocacy.advocate.identity.repository.IdentityRepository;
import io.advocacy.advocate.identity.repository.Merge;
import io.advocacy.advocate.identity.repository.MergeRepository;
import io.advocacy.advocate.identity.repository.MergeRepository.ItemKind;
import io.advocacy.advocate.lifecycle.repository.StageChange;
import io.advocacy.advocate.lifecycle.repository.StageChangeRepository;
import io.advocacy.advocate.manager.service.Assignments;
import io.advocacy.advocate.privacy.repository.ConsentRepository;
import io.advocacy.advocate.profile.messaging.AdvocateEvents;
import io.advocacy.advocate.profile.repository.Advocate;
import io.advocacy.advocate.profile.repository.AdvocateRepository;
import io.advocacy.advocate.profile.repository.ProfileBadgeRepository;
import io.advocacy.advocate.profile.rest.IfMatch;
import io.advocacy.advocate.profile.rest.ProfileTag;
import io.advocacy.advocate.profile.service.ProfileMapper;
import io.advocacy.advocate.segment.service.SegmentMembership;
import io.advocacy.platform.events.EventPublisher;
import io.advocacy.platform.events.OutgoingEvent;
import io.advocacy.platform.problem.Problem;
import io.advocacy.platform.problem.ProblemException;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Merges two profiles of one person and undoes merges. A merge moves the absorbed profile's identities, badges and
 * consent records to the survivor, records each moved item, marks the absorbed profile merged into the survivor (it is
 * kept), and tallies the survivor again from its identities; an unmerge moves exactly those items back and tallies
 * both. Mentions are counted per identity, so the mentions that arrived while the two were merged go back with the
 * identity they came from. Callers hold the identity lock and a transaction.
 */
@ApplicationScoped
class Merges {

    private final AdvocateRepository advocates;
    private final IdentityRepository identities;
    private final MergeRepository merges;
    private final DistinctRepository distincts;
    private final ProfileBadgeRepository badges;
    private final ConsentRepository consents;
    private final Standing standing;
    private final StageChangeRepository stages;
    private final Assignments assignments;
    private final SegmentMembership segments;
    private final EventPublisher events;

    Merges(
            AdvocateRepository advocates,
            IdentityRepository identities,
            MergeRepository merges,
            DistinctRepository distincts,
            ProfileBadgeRepository badges,
            ConsentRepository consents,
            Standing standing,
            StageChangeRepository stages,
            Assignments assignments,
            SegmentMembership segments,
            EventPublisher events) {
        this.advocates = advocates;
        this.identities = identities;
        this.merges = merges;
        this.distincts = distincts;
        this.badges = badges;
        this.consents = consents;
        this.standing = standing;
        this.stages = stages;
        this.assignments = assignments;
        this.segments = segments;
        this.events = events;
    }

    /** A profile locked for update, or a 404. */
    Uni<Advocate> lock(UUID id) {
        return advocates.lockById(id).plug(ProblemException.orNotFound("Advocate", id));
    }

    /** Locks the two profiles, the lower id first so that two merges of the same pair never wait on each other. */
    Uni<List<Advocate>> lockPair(UUID first, UUID second) {
        UUID[] ordered = DistinctMark.ordered(first, second);
        return lock(ordered[0])
                .chain(a -> lock(ordered[1]).map(b -> a.id.equals(first) ? List.of(a, b) : List.of(b, a)));
    }

    /**
     * Merges {@code absorbed} into {@code survivor}, both locked, after checking that both stand on their own and
     * that no manager marked them (or anyone merged into them) as different people.
     */
    Uni<Merge> merge(Advocate survivor, Advocate absorbed, Merge.Trigger trigger, String reason, String by) {
        checkLive(survivor, "survivor");
        if (absorbed.mergedInto != null) {
            throw new ProblemException(
                    409,
                    "Conflict",
                    "advocate " + absorbed.id + " was already merged into " + absorbed.mergedInto,
                    List.of(new Problem.Violation("otherId", "was merged into " + absorbed.mergedInto)));
        }
        return checkNotDistinct(survivor, absorbed).chain(() -> apply(survivor, absorbed, trigger, reason, by));
    }

    private Uni<Merge> apply(Advocate survivor, Advocate absorbed, Merge.Trigger trigger, String reason, String by) {
        Merge merge = new Merge();
        merge.id = UUID.randomUUID();
        merge.survivorId = survivor.id;
        merge.absorbedId = absorbed.id;
        merge.trigger = trigger;
        merge.reason = reason.strip();
        merge.mergedBy = by;
        merge.mergedAt = now();
        merge.survivorStageBefore = survivor.stage;
        merge.survivorCategoryBefore = survivor.category;
        merge.absorbedManager = absorbed.manager;
        merge.survivorStageAfter =
                Tally.rank(absorbed.stage) > Tally.rank(survivor.stage) ? absorbed.stage : survivor.stage;
        List<String> moved = new ArrayList<>();
        return merges.persist(merge)
                .chain(merges::flush)
                .chain(() -> identities.ofAdvocate(absorbed.id))
                .chain(list -> each(list, identity -> {
                    identity.advocateId = survivor.id;
                    if (identity.kind == AdvocateIdentity.Kind.HANDLE) {
                        moved.add(identity.identityKey);
                    }
                    return merges.addItem(merge.id, ItemKind.IDENTITY, identity.id);
                }))
                .chain(() -> badges.ofAdvocate(absorbed.id))
                .chain(list -> each(list, badge -> {
                    badge.advocateId = survivor.id;
                    return merges.addItem(merge.id, ItemKind.BADGE, badge.awardId);
                }))
                .chain(() -> consents.historyOf(absorbed.id))
                .chain(list -> each(list, record -> {
                    record.advocateId = survivor.id;
                    return merges.addItem(merge.id, ItemKind.CONSENT, record.id);
                }))
                .invoke(() -> {
                    absorbed.mergedInto = survivor.id;
                    if (survivor.displayName == null) {
                        survivor.displayName = absorbed.displayName;
                    }
                })
                .chain(advocates::flush)
                .chain(() -> identities.ofAdvocate(survivor.id))
                .chain(held -> {
                    Tally.counts(survivor, held);
                    Tally.email(survivor, held, absorbed.emailVerified ? null : absorbed.email);
                    // The two were placed on separate evidence; together they are placed afresh on all of it.
                    return standing.reconsider(survivor, null, Cause.of(Trigger.MERGE))
                            .chain(() -> restage(
                                    survivor,
                                    merge.survivorStageAfter,
                                    by,
                                    "merged with " + absorbed.id + ": " + merge.reason))
                            .chain(() -> handOverManager(survivor, absorbed))
                            .chain(() -> publish(
                                    survivor.id,
                                    IdentityEvents.Merged.TYPE,
                                    new IdentityEvents.Merged(
                                            merge.id,
                                            survivor.id,
                                            absorbed.id,
                                            handles(held),
                                            List.copyOf(moved),
                                            trigger.name().toLowerCase(java.util.Locale.ROOT),
                                            by,
                                            merge.reason,
                                            merge.mergedAt)))
                            .chain(() -> publishUpdated(survivor))
                            .chain(() -> segments.reevaluate(absorbed));
                })
                .chain(advocates::flush)
                .invoke(() -> Log.debugf("%s merged %s into %s", by, absorbed.id, survivor.id))
                .replaceWith(merge);
    }

    /**
     * Undoes a merge still in force: the items it moved go back to the absorbed profile (what reached the survivor
     * afterwards stays), both are tallied again, and the survivor returns to its stage and category from before the
     * merge unless it has moved since.
     */
    Uni<Merge> unmerge(Merge merge, String reason, String by) {
        if (!merge.active()) {
            throw new ProblemException(
                    409,
                    "Conflict",
                    "merge " + merge.id + " was already undone by " + merge.unmergedBy + " at " + merge.unmergedAt);
        }
        return lockPair(merge.survivorId, merge.absorbedId).chain(pair -> {
            Advocate survivor = pair.get(0);
            Advocate restored = pair.get(1);
            if (survivor.mergedInto != null) {
                throw new ProblemException(
                        409,
                        "Conflict",
                        "advocate " + survivor.id + " was itself merged into " + survivor.mergedInto
                                + "; unmerge it from " + survivor.mergedInto + " first");
            }
            List<String> back = new ArrayList<>();
            return merges.items(merge.id, ItemKind.IDENTITY)
                    .chain(ids -> each(ids, id -> identities.findById(id).invoke(identity -> {
                        if (identity != null && identity.advocateId.equals(survivor.id)) {
                            identity.advocateId = restored.id;
                            if (identity.kind == AdvocateIdentity.Kind.HANDLE) {
                                back.add(identity.identityKey);
                            }
                        }
                    })))
                    .chain(() -> merges.items(merge.id, ItemKind.BADGE))
                    .chain(ids -> each(ids, id -> badges.findById(id).invoke(badge -> {
                        if (badge != null && badge.advocateId.equals(survivor.id)) {
                            badge.advocateId = restored.id;
                        }
                    })))
                    .chain(() -> merges.items(merge.id, ItemKind.CONSENT))
                    .chain(ids -> each(ids, id -> consents.findById(id).invoke(record -> {
                        if (record != null && record.advocateId.equals(survivor.id)) {
                            record.advocateId = restored.id;
                        }
                    })))
                    .invoke(() -> {
                        restored.mergedInto = null;
                        merge.unmergedBy = by;
                        merge.unmergedAt = now();
                        merge.unmergeReason = reason.strip();
                    })
                    .chain(advocates::flush)
                    .chain(() -> identities.ofAdvocate(restored.id))
                    .chain(held -> {
                        Tally.counts(restored, held);
                        Tally.email(restored, held, null);
                        return standing.reconsider(restored, restored.category, Cause.of(Trigger.UNMERGE));
                    })
                    .chain(() -> identities.ofAdvocate(survivor.id))
                    .chain(held -> {
                        Tally.counts(survivor, held);
                        Tally.email(survivor, held, null);
                        return standing.reconsider(survivor, merge.survivorCategoryBefore, Cause.of(Trigger.UNMERGE));
                    })
                    .chain(() -> survivor.stage == merge.survivorStageAfter
                            ? restage(
                                    survivor,
                                    merge.survivorStageBefore,
                                    by,
                                    "unmerged " + restored.id + ": " + merge.unmergeReason)
                            : Uni.createFrom().voidItem())
                    .chain(() -> assignments.assignNewcomer(restored))
                    .chain(() -> publish(
                            survivor.id,
                            IdentityEvents.Unmerged.TYPE,
                            new IdentityEvents.Unmerged(
                                    merge.id,
                                    survivor.id,
                                    restored.id,
                                    List.copyOf(back),
                                    by,
                                    merge.unmergeReason,
                                    merge.unmergedAt)))
                    .chain(() -> publishUpdated(survivor))
                    .chain(() -> publishUpdated(restored))
                    .chain(advocates::flush)
                    .invoke(() -> Log.debugf("%s unmerged %s from %s", by, restored.id, survivor.id))
                    .replaceWith(merge);
        });
    }

    /** Refuses a change to a profile that was merged into another. */
    static void checkLive(Advocate advocate, String role) {
        if (advocate.mergedInto != null) {
            throw new ProblemException(
                    409,
                    "Conflict",
                    "advocate " + advocate.id + " was merged into " + advocate.mergedInto + "; use "
                            + advocate.mergedInto + " as the " + role);
        }
    }

    /** Refuses a change made on a stale read of the profile: 412 naming its current ETag. */
    static void checkPrecondition(Advocate advocate, IfMatch ifMatch) {
        if (!ifMatch.accepts(advocate.version)) {
            throw new ProblemException(
                    412,
                    "Precondition Failed",
                    "advocate " + advocate.id + " has changed since it was read: its ETag is now "
                            + ProfileTag.quoted(advocate.version) + ", not " + ifMatch.header()
                            + "; read it again and retry");
        }
    }

    private Uni<Void> checkNotDistinct(Advocate survivor, Advocate absorbed) {
        return merges.group(survivor.id)
                .chain(one -> merges.group(absorbed.id).chain(other -> distincts.anyBetween(one, other)))
                .invoke(mark -> {
                    if (mark != null) {
                        throw new ProblemException(
                                409,
                                "Conflict",
                                "advocates " + survivor.id + " and " + absorbed.id + " are marked as different people"
                                        + " (advocates " + mark.advocateId + " and " + mark.otherId + ", by "
                                        + mark.markedBy + " at " + mark.markedAt + ": " + mark.reason
                                        + "); they are never merged",
                                List.of(new Problem.Violation("otherId", "is marked as a different person")));
                    }
                })
                .replaceWithVoid();
    }

    private Uni<Void> restage(
            Advocate advocate, io.advocacy.advocate.profile.repository.Stage next, String by, String reason) {
        if (advocate.stage == next) {
            return Uni.createFrom().voidItem();
        }
        StageChange change = new StageChange();
        change.id = UUID.randomUUID();
        change.advocateId = advocate.id;
        change.from = advocate.stage;
        change.to = next;
        change.changedBy = by;
        change.changedAt = now();
        change.reason = reason;
        advocate.stage = next;
        return stages.persist(change)
                .chain(() -> publish(
                        advocate.id,
                        AdvocateEvents.StageChanged.TYPE,
                        new AdvocateEvents.StageChanged(
                                advocate.id,
                                advocate.authorKey,
                                change.from,
                                change.to,
                                change.changedBy,
                                change.reason,
                                change.changedAt)));
    }

    /**
     * The absorbed profile no longer takes a seat in its manager's capacity; the survivor keeps its manager, or takes
     * the absorbed profile's when it had none.
     */
    private Uni<Void> handOverManager(Advocate survivor, Advocate absorbed) {
        String previous = absorbed.manager;
        if (previous == null) {
            return Uni.createFrom().voidItem();
        }
        absorbed.manager = null;
        absorbed.managerAssignedAt = null;
        Uni<Void> chain = publish(
                absorbed.id, AdvocateEvents.Assigned.TYPE, new AdvocateEvents.Assigned(absorbed.id, null, previous));
        if (survivor.manager == null) {
            survivor.manager = previous;
            survivor.managerAssignedAt = now();
            chain = chain.chain(() -> publish(
                    survivor.id,
                    AdvocateEvents.Assigned.TYPE,
                    new AdvocateEvents.Assigned(survivor.id, previous, null)));
        }
        return chain;
    }

    /** Publishes the profile as it now stands and brings its segment memberships in line with it. */
    Uni<Void> publishUpdated(Advocate advocate) {
        return publish(
                        advocate.id,
                        AdvocateEvents.Updated.TYPE,
                        ProfileMapper.updated(advocate, (AdvocateEvents.LastMention) null))
                .chain(() -> segments.reevaluate(advocate));
    }

    private Uni<Void> publish(UUID key, String type, Object data) {
        return events.publish(new OutgoingEvent(AdvocateEvents.TOPIC, type, key.toString(), data));
    }

    private static List<String> handles(List<AdvocateIdentity> held) {
        return held.stream()
                .filter(i -> i.kind == AdvocateIdentity.Kind.HANDLE)
                .map(i -> i.identityKey)
                .toList();
    }

    private static <T> Uni<Void> each(List<T> items, Function<T, Uni<?>> action) {
        if (items.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Multi.createFrom()
                .iterable(items)
                .onItem()
                .transformToUniAndConcatenate(action)
                .collect()
                .last()
                .replaceWithVoid();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
