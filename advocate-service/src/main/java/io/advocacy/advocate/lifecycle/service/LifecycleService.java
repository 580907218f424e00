package io.advocacy.advocate.lifecycle.service;

import io.advocacy.advocate.identity.service.MergedAway;
import io.advocacy.advocate.lifecycle.Lifecycle;
import io.advocacy.advocate.lifecycle.repository.StageChange;
import io.advocacy.advocate.lifecycle.repository.StageChangeRepository;
import io.advocacy.advocate.lifecycle.rest.StageChangeRequest;
import io.advocacy.advocate.lifecycle.rest.StageChangeView;
import io.advocacy.advocate.profile.messaging.AdvocateEvents;
import io.advocacy.advocate.profile.repository.Advocate;
import io.advocacy.advocate.profile.repository.AdvocateRepository;
import io.advocacy.advocate.profile.repository.ProfileBadgeRepository;
import io.advocacy.advocate.profile.repository.Stage;
import io.advocacy.advocate.profile.rest.IfMatch;
import io.advocacy.advocate.profile.rest.ProfileTag;
import io.advocacy.advocate.profile.service.ProfileMapper;
import io.advocacy.advocate.profile.service.VersionedProfile;
import io.advocacy.advocate.segment.service.SegmentMembership;
import io.advocacy.platform.events.EventPublisher;
import io.advocacy.platform.events.OutgoingEvent;
import io.advocacy.platform.problem.Problem;
import io.advocacy.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Moves people through the lifecycle: checks the caller's precondition and the move under a row lock, records who
 * made it and why, and publishes it in the same transaction.
 */
@ApplicationScoped
public class LifecycleService {

    private final AdvocateRepository advocates;
    private final StageChangeRepository changes;
    private final ProfileBadgeRepository badges;
    private final EventPublisher events;
    private final SegmentMembership segments;
    private final Instance<StageListener> listeners;

    public LifecycleService(
            AdvocateRepository advocates,
            StageChangeRepository changes,
            ProfileBadgeRepository badges,
            EventPublisher events,
            SegmentMembership segments,
            Instance<StageListener> listeners) {
        this.advocates = advocates;
        this.changes = changes;
        this.badges = badges;
        this.events = events;
        this.segments = segments;
        this.listeners = listeners;
    }

    /**
     * Moves a person to the requested stage and answers their profile as it now is.
     *
     * @param by the principal name of the caller
     * @throws ProblemException 404 for an unknown person, 412 when the precondition names an older version, 409 when
     *     the move is not allowed from the person's stage
     */
    @WithTransaction
    public Uni<VersionedProfile> changeStage(UUID id, StageChangeRequest request, IfMatch ifMatch, String by) {
        return advocates
                .lockById(id)
                .plug(ProblemException.orNotFound("Advocate", id))
                .invoke(advocate -> MergedAway.refuse(advocate, "move them"))
                .invoke(advocate -> checkPrecondition(advocate, ifMatch))
                .invoke(advocate -> checkMove(advocate, request.stage()))
                .chain(advocate ->
                        move(advocate, LifecycleMapper.change(advocate, request.stage(), request.reason(), by)));
    }

    @WithSession
    public Uni<List<StageChangeView>> history(UUID id) {
        return advocates
                .findById(id)
                .plug(ProblemException.orNotFound("Advocate", id))
                .chain(advocate -> changes.ofAdvocate(id))
                .map(list -> list.stream().map(LifecycleMapper::toView).toList());
    }

    private Uni<VersionedProfile> move(Advocate advocate, StageChange change) {
        advocate.stage = change.to;
        return changes.persist(change)
                .chain(() -> events.publish(new OutgoingEvent(
                        AdvocateEvents.TOPIC,
                        AdvocateEvents.StageChanged.TYPE,
                        advocate.id.toString(),
                        LifecycleMapper.stageChanged(advocate, change))))
                .chain(() -> segments.reevaluate(advocate))
                .chain(advocates::flush)
                .chain(() -> notifyListeners(advocate, change))
                .chain(() -> badges.ofAdvocate(advocate.id))
                .map(list -> new VersionedProfile(ProfileMapper.toView(advocate, list), advocate.version))
                .invoke(() ->
                        Log.debugf("%s moved %s from %s to %s", change.changedBy, advocate.id, change.from, change.to));
    }

    private Uni<Void> notifyListeners(Advocate advocate, StageChange change) {
        Uni<Void> all = Uni.createFrom().voidItem();
        for (StageListener listener : listeners) {
            all = all.chain(() -> listener.stageChanged(advocate, change));
        }
        return all;
    }

    private static void checkPrecondition(Advocate advocate, IfMatch ifMatch) {
        if (!ifMatch.accepts(advocate.version)) {
            throw new ProblemException(
                    412,
                    "Precondition Failed",
                    "advocate " + advocate.id + " has changed since it was read: its ETag is now "
                            + ProfileTag.quoted(advocate.version) + ", not " + ifMatch.header()
                            + "; read it again and retry");
        }
    }

    private static void checkMove(Advocate advocate, Stage to) {
        if (!Lifecycle.canMove(advocate.stage, to)) {
            String allowed = wireNames(Lifecycle.nextStages(advocate.stage));
            throw new ProblemException(
                    409,
                    "Conflict",
                    "advocate " + advocate.id + " is at stage " + advocate.stage.wireName() + " and cannot move to "
                            + to.wireName() + "; allowed next stages: " + allowed,
                    List.of(new Problem.Violation(
                            "stage",
                            "must be one of " + allowed + "; the current stage is " + advocate.stage.wireName())));
        }
    }

    private static String wireNames(List<Stage> stages) {
        return stages.stream().map(Stage::wireName).collect(Collectors.joining(", "));
    }
}
