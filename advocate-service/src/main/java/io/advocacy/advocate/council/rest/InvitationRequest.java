package io.advocacy.advocate.council.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** An advocate invited to a council, with an optional note for them. */
public record InvitationRequest(
        @NotNull UUID advocateId, @Size(max = 2000) String note) {}
