package io.advocacy.recognition.level.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A level a person reached, once per person and level. */
@Entity
@Table(name = "level_reached")
public class LevelReached {

    @Id
    public UUID id;

    @Column(name = "advocate_id")
    public UUID advocateId;

    @Column(name = "level_code")
    public String levelCode;

    @Column(name = "reached_at")
    public OffsetDateTime reachedAt;

    /** Which badges it was reached with. */
    public String reason;
}
