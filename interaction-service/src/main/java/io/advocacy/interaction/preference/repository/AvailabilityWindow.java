package io.advocacy.interaction.preference.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalTime;
import java.util.UUID;

/** A stored weekly window, in the advocate's own time zone, when they can be reached. */
@Entity
@Table(name = "availability_window")
public class AvailabilityWindow {

    @Id
    public UUID id;

    @Column(name = "advocate_id")
    public UUID advocateId;

    /** ISO day of week: 1 is Monday, 7 is Sunday. */
    @Column(name = "day_of_week")
    public short dayOfWeek;

    @Column(name = "starts_at")
    public LocalTime startsAt;

    @Column(name = "ends_at")
    public LocalTime endsAt;
}
