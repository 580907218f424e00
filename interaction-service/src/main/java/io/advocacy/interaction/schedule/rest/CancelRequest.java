package io.advocacy.interaction.schedule.rest;

import jakarta.validation.constraints.Size;

/**
 * Why a planned interaction will not take place.
 *
 * @param reason optional
 */
public record CancelRequest(@Size(max = 500) String reason) {}
