package io.advocacy.advocate.council.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A council as the API shows it.
 *
 * @param seatsTaken current members
 * @param seatsOffered seats kept for invitees who have not answered yet
 * @param seatsFree seats neither taken nor offered
 * @param waitlisted invitees waiting for a seat
 * @param members current members, first joined first
 * @param alumni members whose term ended, first joined first
 */
public record CouncilView(
        UUID id,
        String name,
        String purpose,
        int seats,
        String term,
        UUID chairId,
        int seatsTaken,
        int seatsOffered,
        int seatsFree,
        int waitlisted,
        List<Member> members,
        List<Member> alumni,
        OffsetDateTime createdAt,
        String createdBy) {

    /** A seat held, now or before. */
    public record Member(
            UUID advocateId,
            UUID membershipId,
            OffsetDateTime startedAt,
            OffsetDateTime termEndsAt,
            OffsetDateTime endedAt,
            String endReason) {}
}
