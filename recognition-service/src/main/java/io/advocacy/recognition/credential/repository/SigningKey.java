package io.advocacy.recognition.credential.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A programme's key for signing credentials; the private half never leaves the database. */
@Entity
@Table(name = "signing_key")
public class SigningKey {

    /** The JWS {@code kid} of credentials it signs. */
    @Id
    public String kid;

    public String programme;

    /** The public JWK, as JSON. */
    @Column(name = "public_jwk")
    public String publicJwk;

    /** The private JWK, as JSON: never logged, never answered. */
    @Column(name = "private_jwk")
    public String privateJwk;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** When a newer key took over signing; null for the active key. */
    @Column(name = "retired_at")
    public OffsetDateTime retiredAt;

    @Override
    public String toString() {
        return "SigningKey[" + kid + "]";
    }
}
