package io.advocacy.interaction.schedule.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
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

    /** The kind of a check-in planned from the advocate's cadence. */
    public static final String CHECK_IN = "check-in";

    /** The status of an interaction that is planned and not yet done. */
    public static final String SCHEDULED = "scheduled";

    /** The status of an interaction the person attended. */
    public static final String COMPLETED = "completed";

    /** The status of an interaction the person declined or did not turn up to. */
    public static final String MISSED = "missed";

    /** The status of an interaction that will not take place. */
    public static final String CANCELLED = "cancelled";

    /** The status of an interaction that could not be placed yet: see {@link #deferredReason}, {@link #deferredUntil}. */
    public static final String DEFERRED = "deferred";

    /** Deferred because the person's ask budget was spent. */
    public static final String BY_ASK_BUDGET = "ask-budget";

    /** Deferred because its manager had no week with room. */
    public static final String BY_WEEKLY_LIMIT = "weekly-limit";

    @Id
    public UUID id;

    @Column(name = "advocate_id")
    public UUID advocateId;

    /** {@value #THANK_YOU}, {@value #CARE_OUTREACH}, {@value #CHECK_IN}, a session's format, or a playbook's kind. */
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

    /** For a check-in, the date of the cadence's occurrence it stands for, in the advocate's time zone. */
    @Column(name = "occurrence_on")
    public LocalDate occurrenceOn;

    /** How long it is planned to last. */
    @Column(name = "duration_minutes")
    public int durationMinutes;

    /** The iCalendar SEQUENCE: raised whenever the planned event changes. */
    public int sequence;

    /** For an invitation to a group call, roundtable or webcast, the session. */
    @Column(name = "session_id")
    public UUID sessionId;

    /** What tells its playbook's triggers apart (a mention id, a moment, or {@code once}); null for other kinds. */
    @Column(name = "trigger_key")
    public String triggerKey;

    /** When its trigger happened (a mention's publication, a stage change), for response times; or null. */
    @Column(name = "triggered_at")
    public OffsetDateTime triggeredAt;

    /** The person's mentor, who takes part too (a welcome); or null. */
    @Column(name = "mentor_id")
    public UUID mentorId;

    /** Why it is not where its trigger put it (moved past a full week, or deferred), or null. */
    @Column(name = "deferred_reason")
    public String deferredReason;

    /** What deferred it: {@link #BY_ASK_BUDGET} or {@link #BY_WEEKLY_LIMIT}; null when it never was. */
    @Column(name = "deferred_by")
    public String deferredBy;

    /** For a deferred interaction, from when it becomes possible; else null. */
    @Column(name = "deferred_until")
    public OffsetDateTime deferredUntil;
}
