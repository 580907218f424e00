package io.advocacy.interaction.cadence.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What a planning run did.
 *
 * @param from the start of the planned period
 * @param until the end of the planned period
 * @param advocates how many advocates with a cadence were planned for
 * @param paused how many were skipped because they paused contact
 * @param planned how many new check-ins were scheduled; 0 when the run was repeated
 * @param unplaced the occurrences that could not be scheduled, with why (their manager's week was full)
 */
public record PlanView(
        OffsetDateTime from, OffsetDateTime until, int advocates, int paused, int planned, List<Unplaced> unplaced) {

    /**
     * An occurrence of a person's cadence that got no check-in.
     *
     * @param occurrenceOn the occurrence's date in their time zone
     * @param dueAt when the check-in would have been
     * @param manager who would have done it
     * @param reason why it was not scheduled
     */
    public record Unplaced(
            UUID advocateId, LocalDate occurrenceOn, OffsetDateTime dueAt, String manager, String reason) {}
}
