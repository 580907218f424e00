package io.advocacy.advocate.kpi.rest;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Where people stood on the continuum at a moment.
 *
 * @param total how many people were placed by then
 * @param categories people per category, all seven, left to right
 * @param fourAs people per four A's group
 */
public record ContinuumView(OffsetDateTime at, long total, Map<String, Long> categories, Map<String, Long> fourAs) {}
