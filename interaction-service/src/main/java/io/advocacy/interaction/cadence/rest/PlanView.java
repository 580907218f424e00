package io.advocacy.interaction.cadence.rest;

import java.time.OffsetDateTime;

/**
 * What a planning run did.
 *
 * @param from the start of the planned period
 * @param until the end of the planned period
 * @param advocates how many advocates with a cadence were planned for
 * @param paused how many were skipped because they paused contact
 * @param planned how many new check-ins were scheduled; 0 when the run was repeated
 */
public record PlanView(OffsetDateTime from, OffsetDateTime until, int advocates, int paused, int planned) {}
