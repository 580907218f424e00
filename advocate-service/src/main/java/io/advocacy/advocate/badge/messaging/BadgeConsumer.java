package io.advocacy.advocate.badge.messaging;

import io.advocacy.advocate.identity.service.MergedBadges;
import io.advocacy.advocate.profile.repository.ProfileBadge;
import io.advocacy.advocate.profile.repository.ProfileBadgeRepository;
import io.advocacy.platform.consumer.EventHandlers;
import io.advocacy.platform.consumer.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Shows each badge the recognition service awards on the person's profile (the survivor's, when theirs was merged
 * away), and takes revoked ones off.
 */
@ApplicationScoped
public class BadgeConsumer {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;
    private final ProfileBadgeRepository badges;
    private final MergedBadges merged;

    public BadgeConsumer(IdempotentConsumer consumer, ProfileBadgeRepository badges, MergedBadges merged) {
        this.consumer = consumer;
        this.badges = badges;
        this.merged = merged;
        this.handlers = EventHandlers.forConsumer("advocate-service.recognitions")
                .on("io.advocacy.badge.awarded.v1", BadgeAwarded.class, event -> show(event.data()))
                .on("io.advocacy.badge.revoked.v1", BadgeRevoked.class, event -> badges.deleteById(
                                event.data().awardId())
                        .replaceWithVoid())
                .build();
    }

    @Incoming("recognitions")
    @ActivateRequestContext
    public Uni<Void> consume(Message<String> message) {
        return consumer.consume(message, handlers);
    }

    private Uni<Void> show(BadgeAwarded award) {
        return badges.findById(award.awardId()).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            ProfileBadge badge = new ProfileBadge();
            badge.awardId = award.awardId();
            badge.advocateId = award.advocateId();
            badge.badgeCode = award.badgeCode();
            badge.badgeName = award.badgeName();
            badge.awardedAt = award.awardedAt();
            // A badge of a profile merged away shows on the survivor, and goes back on unmerge.
            return merged.place(badge).chain(() -> badges.persist(badge)).replaceWithVoid();
        });
    }
}
