package io.advocacy.advocate.identity.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One identity of a person as the API shows it.
 *
 * @param kind {@code handle} or {@code email}
 * @param authorKey {@code <platform>:<handle>} for a handle, null for an email
 * @param origin {@code discovered} (a mention came from it), {@code declared} (a manager declared the handle) or
 *     {@code verified} (a manager verified the email)
 * @param mentionCount the mentions that came from this identity
 * @param addedBy who added it: a manager's principal name, or {@code listening-service} for a discovered one
 */
public record IdentityView(
        UUID id,
        String kind,
        String authorKey,
        String platform,
        String handle,
        String email,
        String origin,
        String displayName,
        int mentionCount,
        String addedBy,
        OffsetDateTime addedAt) {}
