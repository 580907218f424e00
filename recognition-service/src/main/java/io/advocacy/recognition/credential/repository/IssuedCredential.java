package io.advocacy.recognition.credential.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The VC-JWT issued for an award, kept as signed. */
@Entity
@Table(name = "issued_credential")
public class IssuedCredential {

    @Id
    @Column(name = "award_id")
    public UUID awardId;

    /** The key that signed it. */
    public String kid;

    /** The JWS compact serialisation. */
    public String jwt;

    @Column(name = "issued_at")
    public OffsetDateTime issuedAt;
}
