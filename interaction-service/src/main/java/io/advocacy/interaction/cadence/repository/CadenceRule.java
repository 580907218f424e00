package io.advocacy.interaction.cadence.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A programme's cadence for everyone at a lifecycle stage or in a segment (exactly one of the two); a person's own
 * cadence overrides it.
 */
@Entity
@Table(name = "cadence_rule")
public class CadenceRule {

    @Id
    public UUID id;

    /** The lifecycle stage it is for, or null for a segment's rule. */
    public String stage;

    /** The segment it is for, or null for a stage's rule. */
    @Column(name = "segment_id")
    public UUID segmentId;

    /** The segment's name, as the admin gave it, for people to read. */
    @Column(name = "segment_name")
    public String segmentName;

    /** Among the segment rules of someone in several segments, the highest priority wins. */
    public int priority;

    /** An RFC 5545 RRULE value without the {@code RRULE:} prefix. */
    public String rrule;

    /** The first day the rule counts from (its DTSTART), in each advocate's time zone. */
    @Column(name = "starts_on")
    public LocalDate startsOn;

    /** The time of day of each check-in, in each advocate's time zone. */
    @Column(name = "local_time")
    public LocalTime localTime;

    @Column(name = "duration_minutes")
    public int durationMinutes;

    /** The username of the manager who is to do the check-ins, or null for each advocate's usual manager. */
    public String manager;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Where a cadence that comes from this rule came from: {@code stage:<stage>} or {@code segment:<id>}. */
    public String source() {
        return stage != null ? "stage:" + stage : "segment:" + segmentId;
    }
}
