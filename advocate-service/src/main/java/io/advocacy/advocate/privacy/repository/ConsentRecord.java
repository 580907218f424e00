package io.advocacy.advocate.privacy.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One grant or withdrawal of consent for a purpose on a channel; never changed once written. */
@Entity
@Table(name = "consent_record")
public class ConsentRecord {

    @Id
    public UUID id;

    @Column(name = "advocate_id")
    public UUID advocateId;

    public String purpose;

    public String channel;

    public boolean granted;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;
}
