package io.advocacy.advocate.council.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An advisory council of advocates: its purpose, how many seats, how long a term lasts, and its chair. */
@Entity
@Table(name = "council")
public class Council {

    @Id
    public UUID id;

    public String name;

    public String purpose;

    /** How many members it has at most; offered invitations count against it too. */
    public int seats;

    /** How long a member's term lasts, ISO 8601 (such as {@code P1Y}). */
    public String term;

    /** The member who chairs it, or null. */
    @Column(name = "chair_id")
    public UUID chairId;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
