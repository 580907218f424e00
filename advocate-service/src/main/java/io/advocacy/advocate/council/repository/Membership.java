package io.advocacy.advocate.council.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A seat held on a council for one term; once ended, the advocate is an alumnus of the council. */
@Entity
@Table(name = "council_membership")
public class Membership {

    /** Why a membership ends when its term is over. */
    public static final String TERM_ENDED = "term-ended";

    @Id
    public UUID id;

    @Column(name = "council_id")
    public UUID councilId;

    @Column(name = "advocate_id")
    public UUID advocateId;

    @Column(name = "invitation_id")
    public UUID invitationId;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "term_ends_at")
    public OffsetDateTime termEndsAt;

    @Column(name = "ended_at")
    public OffsetDateTime endedAt;

    @Column(name = "end_reason")
    public String endReason;

    public boolean isCurrent() {
        return endedAt == null;
    }
}
