package io.advocacy.advocate.council.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Structured feedback asked of a council's members. */
@Entity
@Table(name = "council_feedback_request")
public class FeedbackRequest {

    @Id
    public UUID id;

    @Column(name = "council_id")
    public UUID councilId;

    public String title;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
