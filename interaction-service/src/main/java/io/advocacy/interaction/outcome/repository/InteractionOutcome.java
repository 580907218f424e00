package io.advocacy.interaction.outcome.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A stored outcome: whether the person attended an interaction, and their feedback when they gave some. */
@Entity
@Table(name = "interaction_outcome")
public class InteractionOutcome {

    /** The person took part. */
    public static final String ATTENDED = "attended";

    /** The person said no. */
    public static final String DECLINED = "declined";

    /** The person did not turn up. */
    public static final String NO_SHOW = "no-show";

    @Id
    @Column(name = "interaction_id")
    public UUID interactionId;

    /** {@value #ATTENDED}, {@value #DECLINED} or {@value #NO_SHOW}. */
    public String attendance;

    @Column(name = "feedback_topic")
    public String feedbackTopic;

    /** From -2 (very negative) to 2 (very positive), or null without feedback. */
    @Column(name = "feedback_sentiment")
    public Short feedbackSentiment;

    @Column(name = "feedback_text")
    public String feedbackText;

    /** The principal name of who recorded it. */
    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    /** True when the person took part, so the interaction is completed rather than missed. */
    public boolean attended() {
        return ATTENDED.equals(attendance);
    }
}
