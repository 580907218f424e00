package io.advocacy.interaction.session.rest;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * People to invite to a session, in order: the first get the free seats, the rest join the waitlist in this order.
 */
public record InvitationsRequest(@NotEmpty @Size(max = 1000) List<@NotNull UUID> advocateIds) {}
