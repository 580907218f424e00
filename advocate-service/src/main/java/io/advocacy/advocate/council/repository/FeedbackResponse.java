package io.advocacy.advocate.council.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One member's response to a feedback request; its answers are {@link FeedbackAnswer}s. */
@Entity
@Table(name = "council_feedback_response")
public class FeedbackResponse {

    @Id
    public UUID id;

    @Column(name = "request_id")
    public UUID requestId;

    @Column(name = "advocate_id")
    public UUID advocateId;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    /** The principal name of who submitted it: the member or a manager on their behalf. */
    @Column(name = "submitted_by")
    public String submittedBy;
}
