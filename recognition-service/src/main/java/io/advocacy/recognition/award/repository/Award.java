package io.advocacy.recognition.award.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A badge awarded to a person, once per person and badge. */
@Entity
@Table(name = "award")
public class Award {

    @Id
    public UUID id;

    @Column(name = "advocate_id")
    public UUID advocateId;

    @Column(name = "badge_code")
    public String badgeCode;

    @Column(name = "awarded_at")
    public OffsetDateTime awardedAt;

    /** The period a repeatable badge was earned in, for example {@code 2026-11}; {@code ""} for a badge earned once. */
    public String period = "";

    /** Why it was awarded, for example {@code first positive mention <mention id>}. */
    public String reason;

    /** When it was revoked; null while it stands. */
    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    /** Why it was revoked; set with {@link #revokedAt}. */
    @Column(name = "revocation_reason")
    public String revocationReason;
}
