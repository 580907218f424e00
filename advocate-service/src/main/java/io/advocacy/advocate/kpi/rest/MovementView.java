package io.advocacy.advocate.kpi.rest;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * How people moved on the continuum between two moments.
 *
 * @param moves each pair of categories with people in it; {@code from} is null for people placed after {@code from}
 * @param movedRight people who stood further right at the end (towards strong advocate)
 * @param movedLeft people who stood further left
 * @param stayed people in the same category at both moments
 * @param placed people placed for the first time in between
 */
public record MovementView(
        OffsetDateTime from,
        OffsetDateTime until,
        List<Move> moves,
        long movedRight,
        long movedLeft,
        long stayed,
        long placed) {

    /** People who stood in {@code from} at the start and in {@code to} at the end. */
    public record Move(String from, String to, long people) {}
}
