package io.advocacy.interaction.playbook.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A person's mentor, as advocate-service last announced. */
@Entity
@Table(name = "advocate_mentor")
public class AdvocateMentor {

    @Id
    @Column(name = "advocate_id")
    public UUID advocateId;

    @Column(name = "mentor_id")
    public UUID mentorId;

    @Column(name = "assigned_at")
    public OffsetDateTime assignedAt;
}
