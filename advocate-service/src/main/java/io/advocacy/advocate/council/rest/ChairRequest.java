package io.advocacy.advocate.council.rest;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The member appointed to chair a council. */
public record ChairRequest(@NotNull UUID advocateId) {}
