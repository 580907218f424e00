package io.advocacy.advocate.profile.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A badge the recognition service awarded, shown on the person's profile. */
@Entity
@Table(name = "profile_badge")
public class ProfileBadge {

    /** The recognition service's award id. */
    @Id
    @Column(name = "award_id")
    public UUID awardId;

    @Column(name = "advocate_id")
    public UUID advocateId;

    @Column(name = "badge_code")
    public String badgeCode;

    @Column(name = "badge_name")
    public String badgeName;

    @Column(name = "awarded_at")
    public OffsetDateTime awardedAt;
}
