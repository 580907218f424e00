package io.advocacy.interaction.preference.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A stored set of preferences: how, in which language and in which time zone an advocate likes to be contacted. */
@Entity
@Table(name = "advocate_preference")
public class AdvocatePreference {

    @Id
    @Column(name = "advocate_id")
    public UUID advocateId;

    /** Among {@code phone-call}, {@code video-call}, {@code in-person}, {@code roundtable}, {@code webcast}, {@code event}. */
    @Column(name = "preferred_media")
    public String[] preferredMedia;

    /** An IANA time zone id, such as {@code Europe/Berlin}. */
    @Column(name = "time_zone")
    public String timeZone;

    /** An ISO 639-1 code, or null when not known. */
    public String language;

    /** True while the advocate does not want to be contacted. */
    public boolean paused;

    /** The principal name of who last wrote them. */
    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
