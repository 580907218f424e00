package io.advocacy.advocate.identity.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Two profiles marked as different people: by whom, when and why. */
public record DistinctView(
        UUID id, UUID advocateId, UUID otherId, String reason, String markedBy, OffsetDateTime markedAt) {}
