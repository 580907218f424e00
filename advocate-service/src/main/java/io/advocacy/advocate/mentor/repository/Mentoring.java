package io.advocacy.advocate.mentor.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A newcomer paired with a veteran; open while {@link #endedAt} is null, kept afterwards as history. */
@Entity
@Table(name = "mentoring")
public class Mentoring {

    @Id
    public UUID id;

    /** The newcomer. */
    @Column(name = "mentee_id")
    public UUID menteeId;

    /** The veteran who looks after them. */
    @Column(name = "mentor_id")
    public UUID mentorId;

    /** Whether they shared a language when paired. */
    @Column(name = "language_match")
    public boolean languageMatch;

    /** Whether they shared a region when paired. */
    @Column(name = "region_match")
    public boolean regionMatch;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    /** {@code matching} when the service paired them, else the principal name of the manager who did. */
    @Column(name = "assigned_by")
    public String assignedBy;

    @Column(name = "ended_at")
    public OffsetDateTime endedAt;

    /** Why it ended, a wire name of {@code EndReason}; null while open. */
    @Column(name = "end_reason")
    public String endReason;

    /** {@code matching} or the principal name of the manager who ended it; null while open. */
    @Column(name = "ended_by")
    public String endedBy;

    public boolean isOpen() {
        return endedAt == null;
    }
}
