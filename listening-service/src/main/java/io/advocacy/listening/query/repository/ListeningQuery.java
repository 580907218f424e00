package io.advocacy.listening.query.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A named listening query of a programme; its expression lives in versions. */
@Entity
@Table(name = "listening_query")
public class ListeningQuery {

    @Id
    public UUID id;

    public String programme;

    public String name;

    public boolean active;

    @Column(name = "current_version")
    public int currentVersion;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
