package io.advocacy.advocate.mentor.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A newcomer for whom no mentor had room yet, in the queue since {@link #since}. */
@Entity
@Table(name = "mentee_waiting")
public class WaitingMentee {

    @Id
    @Column(name = "advocate_id")
    public UUID advocateId;

    public OffsetDateTime since;
}
