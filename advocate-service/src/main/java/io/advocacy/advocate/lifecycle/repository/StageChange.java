package io.advocacy.advocate.lifecycle.repository;

import io.advocacy.advocate.profile.repository.Stage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One move of a person through the lifecycle: from which stage to which, by whom, when and why. */
@Entity
@Table(name = "stage_change")
public class StageChange {

    @Id
    public UUID id;

    @Column(name = "advocate_id")
    public UUID advocateId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage")
    public Stage from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage")
    public Stage to;

    /** The principal name of the caller who made the move. */
    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;

    public String reason;
}
