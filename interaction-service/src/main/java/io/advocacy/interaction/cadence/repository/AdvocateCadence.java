package io.advocacy.interaction.cadence.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A stored cadence: the recurrence rule an advocate's check-ins follow, from which day and at which local time. */
@Entity
@Table(name = "advocate_cadence")
public class AdvocateCadence {

    @Id
    @Column(name = "advocate_id")
    public UUID advocateId;

    /** An RFC 5545 RRULE value without the {@code RRULE:} prefix, such as {@code FREQ=MONTHLY;BYDAY=1TU}. */
    public String rrule;

    /** The first day the rule counts from (its DTSTART), in the advocate's time zone. */
    @Column(name = "starts_on")
    public LocalDate startsOn;

    /** The time of day of each check-in, in the advocate's time zone. */
    @Column(name = "local_time")
    public LocalTime localTime;

    @Column(name = "duration_minutes")
    public int durationMinutes;

    /** The username of the manager who is to do the check-ins, or null for the advocate's usual manager. */
    public String manager;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
