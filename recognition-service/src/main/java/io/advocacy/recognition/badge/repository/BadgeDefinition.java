package io.advocacy.recognition.badge.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A badge a person can earn: a recognition, never a monetary reward. */
@Entity
@Table(name = "badge_definition")
public class BadgeDefinition {

    /** The badge for a person's first positive mention; seeded by the first migration. */
    public static final String FIRST_VOICE = "first-voice";

    /** Lower-case words joined by {@code -}, for example {@code first-voice}. */
    @Id
    public String code;

    public String name;

    public String description;

    /** What earns it, in words. */
    public String criteria;

    /** Days an award of it stays valid; null when it does not expire. */
    @Column(name = "valid_days")
    public Integer validDays;
}
