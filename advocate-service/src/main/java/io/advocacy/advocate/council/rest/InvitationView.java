package io.advocacy.advocate.council.rest;

import io.advocacy.advocate.council.repository.InvitationStatus;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An invitation to a council.
 *
 * @param status {@code offered}, {@code waitlisted}, {@code accepted} or {@code declined}
 * @param position the place on the waiting list (1 first) while waitlisted, else null
 */
public record InvitationView(
        UUID id,
        UUID councilId,
        UUID advocateId,
        InvitationStatus status,
        Integer position,
        String note,
        OffsetDateTime invitedAt,
        String invitedBy,
        OffsetDateTime offeredAt,
        OffsetDateTime respondedAt,
        String respondedBy) {}
