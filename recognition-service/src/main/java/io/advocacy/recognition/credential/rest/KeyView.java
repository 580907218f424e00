package io.advocacy.recognition.credential.rest;

import java.time.OffsetDateTime;

/**
 * A signing key as admins see it; its public half is in {@code /.well-known/jwks.json}, its private half nowhere.
 *
 * @param kid the {@code kid} of the credentials it signs
 * @param createdAt when it was made
 * @param retiredAt when a newer key took over; null for the key that signs now
 */
public record KeyView(String kid, OffsetDateTime createdAt, OffsetDateTime retiredAt) {}
