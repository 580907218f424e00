package io.advocacy.advocate.identity.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Two profiles a manager said are different people. The pair is stored once, the lower id first (in PostgreSQL's
 * order of uuids, which is that of their text).
 */
@Entity
@Table(name = "advocate_distinct")
public class DistinctMark {

    @Id
    public UUID id;

    @Column(name = "advocate_id")
    public UUID advocateId;

    @Column(name = "other_id")
    public UUID otherId;

    public String reason;

    @Column(name = "marked_by")
    public String markedBy;

    @Column(name = "marked_at")
    public OffsetDateTime markedAt;

    /** The pair in stored order: the lower id first. */
    public static UUID[] ordered(UUID one, UUID two) {
        return one.toString().compareTo(two.toString()) < 0 ? new UUID[] {one, two} : new UUID[] {two, one};
    }
}
