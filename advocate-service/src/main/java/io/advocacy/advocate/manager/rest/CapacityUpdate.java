package io.advocacy.advocate.manager.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A manager's new capacity; when it is below their load, the people they took on most recently go to others.
 *
 * @param capacity how many advocates they look after at most
 */
public record CapacityUpdate(@NotNull @Min(0) @Max(100_000) Integer capacity) {}
