package io.advocacy.advocate.segment.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A segment to create, or what an existing one becomes.
 *
 * @param name unique among segments
 * @param rule a group ({@code {"all": [...]}}, {@code {"any": [...]}}, {@code {"not": {...}}}) or a condition
 *     ({@code {"field": "category", "op": "in", "value": ["social-advocate", "strong-advocate"]}}); see the README
 */
public record SegmentRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String description,
        @NotNull JsonNode rule) {}
