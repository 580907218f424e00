package io.advocacy.interaction.schedule.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A stored interaction: a touchpoint a manager is to have with a person, when, and why. */
@Entity
@Table(name = "interaction")
public class Interaction {

    /** The kind of a thank-you for a positive mention. */
    public static final String THANK_YOU = "thank-you";

    /** The kind of care outreach to someone who became a detractor. */
    public static final String CARE_OUTREACH = "care-outreach";

    /** The status of an interaction that is planned and not yet done. */
    public static final String SCHEDULED = "scheduled";

    /** The status of an interaction the person attended. */
    public static final String COMPLETED = "completed";

    /** The status of an interaction the person declined or did not turn up to. */
    public static final String MISSED = "missed";

    @Id
    public UUID id;

    @Column(name = "advocate_id")
    public UUID advocateId;

    /** {@value #THANK_YOU} or {@value #CARE_OUTREACH}. */
    public String kind;

    /** {@value #SCHEDULED}, {@value #COMPLETED} or {@value #MISSED}. */
    public String status;

    /** The username of the manager who is to do it. */
    public String manager;

    @Column(name = "due_at")
    public OffsetDateTime dueAt;

    public String reason;

    /** The mention that led to it; with the person and kind, it identifies the interaction. */
    @Column(name = "trigger_mention_id")
    public UUID triggerMentionId;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
