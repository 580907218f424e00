package io.advocacy.recognition.credential.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** How credentials name a person besides their advocate id: their email address, hashed with a salt, never plain. */
@Entity
@Table(name = "recipient_identity")
public class RecipientIdentity {

    /** The Open Badges 3.0 {@code identityType} of an email address. */
    public static final String EMAIL_ADDRESS = "emailAddress";

    @Id
    @Column(name = "advocate_id")
    public UUID advocateId;

    /** Always {@link #EMAIL_ADDRESS} so far. */
    @Column(name = "identity_type")
    public String identityType;

    /** {@code sha256$} and the lower-case hex of SHA-256 over the address followed by {@link #salt}. */
    @Column(name = "identity_hash")
    public String identityHash;

    public String salt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
