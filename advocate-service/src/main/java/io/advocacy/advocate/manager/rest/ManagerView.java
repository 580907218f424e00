package io.advocacy.advocate.manager.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A manager as the API shows it.
 *
 * @param capacity how many advocates they look after at most
 * @param load how many they look after now
 * @param leftAt when they left, or null while they look after advocates
 */
public record ManagerView(
        UUID id,
        String username,
        String displayName,
        int capacity,
        long load,
        OffsetDateTime joinedAt,
        OffsetDateTime leftAt) {}
