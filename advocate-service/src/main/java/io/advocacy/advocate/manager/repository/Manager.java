package io.advocacy.advocate.manager.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A person who looks after advocates, up to their capacity; kept after they leave, for the record. */
@Entity
@Table(name = "manager")
public class Manager {

    @Id
    public UUID id;

    /** Their login name; advocates and interactions name their manager by it. */
    public String username;

    @Column(name = "display_name")
    public String displayName;

    /** How many advocates they look after at most. */
    public int capacity;

    @Column(name = "joined_at")
    public OffsetDateTime joinedAt;

    /** When they left, or null while they look after advocates. */
    @Column(name = "left_at")
    public OffsetDateTime leftAt;

    public boolean hasLeft() {
        return leftAt != null;
    }
}
