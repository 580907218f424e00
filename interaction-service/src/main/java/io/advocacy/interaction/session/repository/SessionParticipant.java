package io.advocacy.interaction.session.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An advocate's place in a session: invited (holding a seat), waitlisted, or declined. */
@Entity
@Table(name = "session_participant")
public class SessionParticipant {

    /** Holds a seat and has an invitation (an interaction). */
    public static final String INVITED = "invited";

    /** Waits for a seat; promoted in {@link #position} order when an invited person declines. */
    public static final String WAITLISTED = "waitlisted";

    /** Said no; their seat went to the first on the waitlist. */
    public static final String DECLINED = "declined";

    /** Over their ask budget when a seat was theirs: not invited, see {@link #deferredReason}. */
    public static final String DEFERRED = "deferred";

    @Id
    public UUID id;

    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "advocate_id")
    public UUID advocateId;

    /** {@value #INVITED}, {@value #WAITLISTED}, {@value #DECLINED} or {@value #DEFERRED}. */
    public String status;

    /** The order they were added to the session in, from 1. */
    public int position;

    /** Their invitation, once they hold a seat. */
    @Column(name = "interaction_id")
    public UUID interactionId;

    /** Why they were not invited when a seat was theirs, or null. */
    @Column(name = "deferred_reason")
    public String deferredReason;

    /** When their ask budget allows an invitation again, or null. */
    @Column(name = "deferred_until")
    public OffsetDateTime deferredUntil;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
