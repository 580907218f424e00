package io.advocacy.advocate.segment.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A segment as the API shows it.
 *
 * @param timeDependent whether the rule names a time relative to now, so that membership also changes as time passes
 * @param members how many people are in it now
 * @param evaluatedAt when every profile was last evaluated against the rule at once (at creation or a change)
 */
public record SegmentView(
        UUID id,
        String name,
        String description,
        JsonNode rule,
        boolean timeDependent,
        long members,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime updatedAt,
        String updatedBy,
        OffsetDateTime evaluatedAt) {}
