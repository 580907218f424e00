package io.advocacy.advocate.badge.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** What advocate-service reads of {@code io.advocacy.badge.revoked.v1}: the award to take off a profile. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BadgeRevoked(@NotNull UUID awardId, @NotNull UUID advocateId) {}
