package io.advocacy.interaction.session.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A stored session: a group call, roundtable or webcast one manager hosts for up to {@link #capacity} advocates. */
@Entity
@Table(name = "group_session")
public class GroupSession {

    @Id
    public UUID id;

    /** {@code group-call}, {@code roundtable} or {@code webcast}. */
    public String format;

    public String topic;

    /** The programme it belongs to, whose capacities apply; null for the defaults. */
    public String programme;

    /** The username of the manager who hosts it. */
    public String manager;

    @Column(name = "starts_at")
    public OffsetDateTime startsAt;

    @Column(name = "duration_minutes")
    public int durationMinutes;

    /** How many advocates may be invited at once; the others wait for a seat. */
    public int capacity;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
