package io.advocacy.recognition.award.service;

import io.advocacy.platform.events.EventPublisher;
import io.advocacy.platform.events.OutgoingEvent;
import io.advocacy.platform.problem.ProblemException;
import io.advocacy.recognition.award.messaging.BadgeAwarded;
import io.advocacy.recognition.award.messaging.BadgeRevoked;
import io.advocacy.recognition.award.repository.Award;
import io.advocacy.recognition.award.repository.AwardRepository;
import io.advocacy.recognition.badge.repository.BadgeDefinition;
import io.advocacy.recognition.badge.repository.BadgeDefinitionRepository;
import io.advocacy.recognition.badge.rest.BackfillView;
import io.advocacy.recognition.badge.service.BadgeMapper;
import io.advocacy.recognition.criteria.repository.Fact;
import io.advocacy.recognition.criteria.repository.FactRepository;
import io.advocacy.recognition.criteria.service.Evaluator;
import io.advocacy.recognition.criteria.service.Rule;
import io.advocacy.recognition.level.service.LevelService;
import io.advocacy.recognition.merge.repository.MergedPeople;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Records what happens to people, awards the badges their history earns once per person and badge (and period), revokes
 * awards, announces both, and reads awards back.
 */
@ApplicationScoped
public class AwardService {

    private final AwardRepository awards;
    private final BadgeDefinitionRepository badges;
    private final FactRepository facts;
    private final LevelService levels;
    private final EventPublisher events;
    private final MergedPeople people;

    public AwardService(
            AwardRepository awards,
            BadgeDefinitionRepository badges,
            FactRepository facts,
            LevelService levels,
            EventPublisher events,
            MergedPeople people) {
        this.awards = awards;
        this.badges = badges;
        this.facts = facts;
        this.levels = levels;
        this.events = events;
        this.people = people;
    }

    /**
     * Records what happened to a person and awards every badge their history now earns, then the levels those unlock.
     * Runs inside the caller's transaction (the consumer's, so the fact, the awards, their events and the processed
     * event id are stored together), under the person's recognition lock. A fact already known changes nothing.
     */
    public Uni<Void> recognise(Fact fact) {
        // What still arrives for a profile merged away counts for the profile it was merged into. The merge handler
        // locks the absorbed profile before the survivor, and so does this: no deadlock between the two.
        return facts.lock(fact.advocateId)
                .chain(() -> people.holder(fact.advocateId))
                .chain(holder -> {
                    if (holder.equals(fact.advocateId)) {
                        return Uni.createFrom().voidItem();
                    }
                    fact.advocateId = holder;
                    return facts.lock(holder);
                })
                .chain(() -> facts.insertIfAbsent(fact))
                .chain(stored -> {
                    if (!stored) {
                        Log.debugf("Advocate %s already has %s %s", fact.advocateId, fact.kind, fact.ref);
                        return Uni.createFrom().voidItem();
                    }
                    return badges.active()
                            .chain(active -> evaluate(fact.advocateId, active))
                            .replaceWithVoid();
                });
    }

    /**
     * Awards every badge the person's history now earns, and the levels those unlock, for a history that changed
     * without a new fact (a merge brought another profile's facts); call under the person's recognition lock.
     */
    public Uni<Void> reconsider(UUID advocateId) {
        return badges.active().chain(active -> evaluate(advocateId, active)).replaceWithVoid();
    }

    /**
     * Evaluates one badge over everyone's stored history and awards it where it was earned, one transaction per
     * person; answers how many awards it made, none when it ran before. 404 for an unknown badge, 409 for a retired one.
     */
    public Uni<BackfillView> backfill(String code) {
        return Panache.withSession(() -> badges.findById(code).plug(ProblemException.orNotFound("Badge", code)))
                .chain(badge -> {
                    if (badge.retiredAt != null) {
                        return Uni.createFrom()
                                .failure(new ProblemException(
                                        409, "Conflict", "badge " + code + " was retired at " + badge.retiredAt));
                    }
                    return Panache.withSession(facts::advocates).chain(advocates -> {
                        Uni<Integer> total = Uni.createFrom().item(0);
                        for (UUID advocateId : advocates) {
                            total = total.chain(sum -> Panache.withTransaction(() -> facts.lock(advocateId)
                                            .chain(() -> badges.findById(code))
                                            .chain(fresh -> evaluate(advocateId, List.of(fresh))))
                                    .map(awarded -> sum + awarded));
                        }
                        return total.map(awarded -> {
                            Log.infof("Backfilled %s over %d people: %d awarded", code, advocates.size(), awarded);
                            return new BackfillView(code, advocates.size(), awarded);
                        });
                    });
                });
    }

    /** Awards the badges the person's history earns and reaches the levels they unlock; answers how many awards. */
    private Uni<Integer> evaluate(UUID advocateId, List<BadgeDefinition> candidates) {
        return facts.history(advocateId).chain(history -> {
            Uni<Integer> total = Uni.createFrom().item(0);
            for (BadgeDefinition badge : candidates) {
                Rule rule = BadgeMapper.rule(badge);
                String period = badge.repeatable ? badge.period : null;
                for (Evaluator.Achievement achievement : Evaluator.achievements(rule, history, period)) {
                    total = total.chain(
                            sum -> awardOnce(advocateId, badge, achievement).map(awarded -> awarded ? sum + 1 : sum));
                }
            }
            return total.call(awarded ->
                    awarded > 0 ? levels.evaluate(advocateId) : Uni.createFrom().voidItem());
        });
    }

    private Uni<Boolean> awardOnce(UUID advocateId, BadgeDefinition badge, Evaluator.Achievement achievement) {
        String reason = badge.criteria + " " + achievement.fact().ref;
        Award award = AwardMapper.newAward(advocateId, badge, achievement.periodKey(), reason);
        return awards.insertIfAbsent(award).chain(created -> {
            if (!created) {
                Log.debugf("Advocate %s already holds %s %s", advocateId, badge.code, achievement.periodKey());
                return Uni.createFrom().item(false);
            }
            Log.debugf("Awarded %s to advocate %s", badge.code, advocateId);
            return events.publish(new OutgoingEvent(
                            BadgeAwarded.TOPIC,
                            BadgeAwarded.TYPE,
                            advocateId.toString(),
                            AwardMapper.toEvent(award, badge)))
                    .replaceWith(true);
        });
    }

    /**
     * Forgets an erased person's history: their facts, spotlight proposals and levels reached. Their awards and
     * credentials stay (see the README). Runs inside the consumer's transaction, under the person's lock.
     */
    public Uni<Void> forget(UUID advocateId) {
        return facts.lock(advocateId)
                .chain(() -> facts.getSession())
                .chain(session -> session.createNativeQuery("delete from advocate_fact where advocate_id = ?1")
                        .setParameter(1, advocateId)
                        .executeUpdate()
                        .chain(() -> session.createNativeQuery("delete from spotlight where advocate_id = ?1")
                                .setParameter(1, advocateId)
                                .executeUpdate())
                        .chain(() -> session.createNativeQuery("delete from level_reached where advocate_id = ?1")
                                .setParameter(1, advocateId)
                                .executeUpdate())
                        .chain(() -> session.createNativeQuery(
                                        "delete from merged_person where absorbed_id = ?1 or survivor_id = ?1")
                                .setParameter(1, advocateId)
                                .executeUpdate()))
                .invoke(() -> Log.infof("Forgot the history of erased advocate %s", advocateId))
                .replaceWithVoid();
    }

    /**
     * Revokes an award with a reason and announces it in the same transaction; 404 when there is no such award, 409
     * when it was revoked already.
     */
    @WithTransaction
    public Uni<Award> revoke(UUID id, String reason) {
        return awards.findById(id)
                .plug(ProblemException.orNotFound("Award", id))
                .chain(award -> {
                    if (award.revokedAt != null) {
                        return Uni.createFrom()
                                .failure(new ProblemException(
                                        409,
                                        "Conflict",
                                        "award " + id + " was revoked at " + award.revokedAt + ": "
                                                + award.revocationReason));
                    }
                    award.revokedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
                    award.revocationReason = reason;
                    Log.debugf("Revoked award %s of advocate %s", award.id, award.advocateId);
                    return events.publish(new OutgoingEvent(
                                    BadgeAwarded.TOPIC,
                                    BadgeRevoked.TYPE,
                                    award.advocateId.toString(),
                                    AwardMapper.toRevokedEvent(award)))
                            .replaceWith(award);
                });
    }

    @WithSession
    public Uni<Optional<Award>> find(UUID id) {
        return awards.findById(id).map(Optional::ofNullable);
    }

    @WithSession
    public Uni<List<Award>> page(UUID advocateId, int page, int size) {
        return awards.page(advocateId, page, size);
    }

    @WithSession
    public Uni<Long> count(UUID advocateId) {
        return awards.count(advocateId);
    }
}
