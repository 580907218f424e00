package io.advocacy.interaction.schedule.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What became of the deferred interactions possible at a moment.
 *
 * @param at the moment
 * @param scheduled those now scheduled, in the order they were tried
 * @param stillDeferred those still deferred (the budget or their manager's weeks still full), with a later
 *     {@code deferredUntil}
 */
public record ActivationView(OffsetDateTime at, List<UUID> scheduled, List<UUID> stillDeferred) {}
