package io.advocacy.recognition.level.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A level a person reaches by holding badges. */
@Entity
@Table(name = "level_definition")
public class LevelDefinition {

    @Id
    public String code;

    public String name;

    public String description;

    /** The badge codes it requires, all of them, as a JSON array. */
    public String badges;

    /** Or: at least this many badges of any kind; null when only {@link #badges} count. */
    @Column(name = "or_count")
    public Integer orCount;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** When it stopped being reached; null while it is. */
    @Column(name = "retired_at")
    public OffsetDateTime retiredAt;
}
