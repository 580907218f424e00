package io.advocacy.advocate.council.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An advocate invited to a council. */
@Entity
@Table(name = "council_invitation")
public class Invitation {

    @Id
    public UUID id;

    @Column(name = "council_id")
    public UUID councilId;

    @Column(name = "advocate_id")
    public UUID advocateId;

    @Enumerated(EnumType.STRING)
    public InvitationStatus status;

    public String note;

    @Column(name = "invited_at")
    public OffsetDateTime invitedAt;

    @Column(name = "invited_by")
    public String invitedBy;

    /** When a seat was kept for them, or null while waitlisted. */
    @Column(name = "offered_at")
    public OffsetDateTime offeredAt;

    @Column(name = "responded_at")
    public OffsetDateTime respondedAt;

    /** The principal name of who accepted or declined: the advocate themself or a manager on their behalf. */
    @Column(name = "responded_by")
    public String respondedBy;
}
