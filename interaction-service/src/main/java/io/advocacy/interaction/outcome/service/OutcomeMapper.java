package io.advocacy.interaction.outcome.service;

import io.advocacy.interaction.outcome.messaging.InteractionEnded;
import io.advocacy.interaction.outcome.repository.InteractionOutcome;
import io.advocacy.interaction.outcome.rest.OutcomeRequest;
import io.advocacy.interaction.outcome.rest.OutcomeView;
import io.advocacy.interaction.schedule.repository.Interaction;
import java.time.OffsetDateTime;

/** Maps outcomes between the request, the database, the wire and events, in one place. */
public final class OutcomeMapper {

    private OutcomeMapper() {}

    static InteractionOutcome toEntity(
            Interaction interaction, OutcomeRequest request, String recordedBy, OffsetDateTime recordedAt) {
        InteractionOutcome outcome = new InteractionOutcome();
        outcome.interactionId = interaction.id;
        outcome.attendance = request.attendance();
        if (request.feedback() != null) {
            outcome.feedbackTopic = request.feedback().topic().strip();
            outcome.feedbackSentiment = request.feedback().sentiment().shortValue();
            outcome.feedbackText = request.feedback().text();
        }
        outcome.recordedBy = recordedBy;
        outcome.recordedAt = recordedAt;
        return outcome;
    }

    static OutcomeView toView(InteractionOutcome outcome, Interaction interaction) {
        OutcomeRequest.Feedback feedback = outcome.feedbackTopic == null
                ? null
                : new OutcomeRequest.Feedback(
                        outcome.feedbackTopic, outcome.feedbackSentiment.intValue(), outcome.feedbackText);
        return new OutcomeView(
                outcome.interactionId,
                outcome.attendance,
                interaction.status,
                feedback,
                outcome.recordedBy,
                outcome.recordedAt);
    }

    static InteractionEnded toEvent(InteractionOutcome outcome, Interaction interaction) {
        InteractionEnded.Feedback feedback = outcome.feedbackTopic == null
                ? null
                : new InteractionEnded.Feedback(
                        outcome.feedbackTopic, outcome.feedbackSentiment.intValue(), outcome.feedbackText);
        return new InteractionEnded(
                interaction.id,
                interaction.advocateId,
                interaction.kind,
                interaction.manager,
                interaction.dueAt,
                outcome.attendance,
                feedback,
                outcome.recordedBy,
                outcome.recordedAt);
    }
}
