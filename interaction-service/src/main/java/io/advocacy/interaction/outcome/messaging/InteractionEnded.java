package io.advocacy.interaction.outcome.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of {@code io.advocacy.interaction.completed.v1} and {@code io.advocacy.interaction.missed.v1} on {@code
 * advocacy.interactions}, keyed by the advocate id: an interaction took place, or did not.
 *
 * @param kind the interaction's kind
 * @param manager the username of the manager who was to do it
 * @param attendance {@code attended}, {@code declined} or {@code no-show}
 * @param feedback what the person said, or null
 * @param recordedBy the principal name of who recorded the outcome
 */
public record InteractionEnded(
        UUID interactionId,
        UUID advocateId,
        String kind,
        String manager,
        OffsetDateTime dueAt,
        String attendance,
        Feedback feedback,
        String recordedBy,
        OffsetDateTime recordedAt) {

    /** The type of an interaction the person attended. */
    public static final String COMPLETED = "io.advocacy.interaction.completed.v1";

    /** The type of an interaction the person declined or did not turn up to. */
    public static final String MISSED = "io.advocacy.interaction.missed.v1";

    /** The topic interaction events go to. */
    public static final String TOPIC = "advocacy.interactions";

    /**
     * The person's feedback.
     *
     * @param sentiment from -2 to 2
     */
    public record Feedback(String topic, int sentiment, String text) {}
}
