package io.advocacy.recognition.award.service;

import io.advocacy.platform.events.EventPublisher;
import io.advocacy.platform.events.OutgoingEvent;
import io.advocacy.platform.problem.ProblemException;
import io.advocacy.recognition.award.messaging.AdvocateUpdated;
import io.advocacy.recognition.award.messaging.BadgeAwarded;
import io.advocacy.recognition.award.messaging.BadgeRevoked;
import io.advocacy.recognition.award.repository.Award;
import io.advocacy.recognition.award.repository.AwardRepository;
import io.advocacy.recognition.badge.repository.BadgeDefinition;
import io.advocacy.recognition.badge.repository.BadgeDefinitionRepository;
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

/** Awards badges once per person and badge, revokes them, announces both, and reads awards back. */
@ApplicationScoped
public class AwardService {

    private final AwardRepository awards;
    private final BadgeDefinitionRepository badges;
    private final EventPublisher events;

    public AwardService(AwardRepository awards, BadgeDefinitionRepository badges, EventPublisher events) {
        this.awards = awards;
        this.badges = badges;
        this.events = events;
    }

    /**
     * Awards First Voice on a person's first positive mention. Runs inside the consumer's transaction, so the award,
     * its event and the processed event id are stored together.
     */
    public Uni<Void> recognise(AdvocateUpdated update) {
        if (update.positiveMentions() < 1) {
            Log.debugf("Advocate %s has no positive mention yet", update.advocateId());
            return Uni.createFrom().voidItem();
        }
        String reason = update.lastMention() == null || update.lastMention().mentionId() == null
                ? "first positive mention"
                : "first positive mention " + update.lastMention().mentionId();
        return award(update.advocateId(), BadgeDefinition.FIRST_VOICE, reason);
    }

    private Uni<Void> award(UUID advocateId, String badgeCode, String reason) {
        return badges.findById(badgeCode)
                .onItem()
                .ifNull()
                .failWith(() -> new IllegalStateException("Badge " + badgeCode + " is not defined"))
                .chain(badge -> awardOnce(AwardMapper.newAward(advocateId, badge, reason), badge));
    }

    private Uni<Void> awardOnce(Award award, BadgeDefinition badge) {
        return awards.insertIfAbsent(award).chain(created -> {
            if (!created) {
                Log.debugf("Advocate %s already holds %s", award.advocateId, badge.code);
                return Uni.createFrom().voidItem();
            }
            Log.debugf("Awarded %s to advocate %s", badge.code, award.advocateId);
            return events.publish(new OutgoingEvent(
                    BadgeAwarded.TOPIC,
                    BadgeAwarded.TYPE,
                    award.advocateId.toString(),
                    AwardMapper.toEvent(award, badge)));
        });
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
