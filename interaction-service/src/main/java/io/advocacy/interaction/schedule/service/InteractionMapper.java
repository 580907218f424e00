package io.advocacy.interaction.schedule.service;

import io.advocacy.interaction.schedule.messaging.InteractionScheduled;
import io.advocacy.interaction.schedule.repository.Interaction;
import io.advocacy.interaction.schedule.rest.InteractionView;
import io.advocacy.platform.rest.Page;

/** Maps interactions between the database, the wire and events, in one place. */
public final class InteractionMapper {

    private InteractionMapper() {}

    public static InteractionView toView(Interaction interaction) {
        return new InteractionView(
                interaction.id,
                interaction.advocateId,
                interaction.kind,
                interaction.status,
                interaction.manager,
                interaction.dueAt,
                interaction.reason,
                interaction.triggerMentionId,
                interaction.createdAt,
                interaction.sessionId,
                interaction.deferredReason,
                interaction.deferredUntil,
                interaction.mentorId,
                interaction.triggeredAt);
    }

    public static Page<InteractionView> toViews(Page<Interaction> page) {
        return new Page<>(
                page.items().stream().map(InteractionMapper::toView).toList(), page.page(), page.size(), page.total());
    }

    static InteractionScheduled toEvent(Interaction interaction) {
        return new InteractionScheduled(
                interaction.id,
                interaction.advocateId,
                interaction.kind,
                interaction.manager,
                interaction.dueAt,
                interaction.reason,
                interaction.triggerMentionId,
                interaction.sessionId,
                interaction.deferredReason,
                interaction.mentorId);
    }
}
