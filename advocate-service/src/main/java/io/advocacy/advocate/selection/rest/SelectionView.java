package io.advocacy.advocate.selection.rest;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * A person's six selection attributes.
 *
 * @param attributes by wire name ({@code trackRecord}, ...), in their order
 * @param total the mean of the six scores
 * @param computedAt the moment the time-based inputs are counted to
 */
public record SelectionView(
        UUID advocateId,
        String displayName,
        String stage,
        String category,
        Map<String, AttributeView> attributes,
        double total,
        OffsetDateTime computedAt) {}
