package io.advocacy.advocate.segment.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A named rule over profiles; who meets it is kept in {@link SegmentMember}. */
@Entity
@Table(name = "segment")
public class Segment {

    @Id
    public UUID id;

    public String name;

    public String description;

    /** The validated rule, as JSON. */
    public String rule;

    /** Whether the rule names a time relative to now, so that membership drifts as time passes. */
    @Column(name = "time_dependent")
    public boolean timeDependent;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** The principal name of who created it. */
    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    /** When every profile was last evaluated against the rule at once. */
    @Column(name = "evaluated_at")
    public OffsetDateTime evaluatedAt;

    @Version
    public long version;
}
