package io.advocacy.recognition.badge.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A badge a person can earn: a recognition, never a monetary reward. */
@Entity
@Table(name = "badge_definition")
public class BadgeDefinition {

    /** The badge for a person's first positive mention; seeded by the first migration, its rule by the fifth. */
    public static final String FIRST_VOICE = "first-voice";

    /** Lower-case words joined by {@code -}, for example {@code first-voice}. */
    @Id
    public String code;

    public String name;

    public String description;

    /** What earns it, in words (the credential's criteria narrative). */
    public String criteria;

    /** What earns it, as data: JSON that meets {@code badge-criteria.schema.json}. */
    public String rule;

    /** Its image: an http(s) URL or a reference to an image the service keeps; null for none. */
    public String image;

    /** True when it can be earned again, once per {@link #period}. */
    public boolean repeatable;

    /** For a repeatable badge: P1D, P1W, P1M or P1Y; null otherwise. */
    public String period;

    /** Days an award of it stays valid; null when it does not expire. */
    @Column(name = "valid_days")
    public Integer validDays;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** When it stopped being awarded; null while it is. */
    @Column(name = "retired_at")
    public OffsetDateTime retiredAt;
}
