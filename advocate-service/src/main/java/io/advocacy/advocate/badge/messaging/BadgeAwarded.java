package io.advocacy.advocate.badge.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What advocate-service reads of {@code io.advocacy.badge.awarded.v1}: the badge to show on a profile. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BadgeAwarded(
        @NotNull UUID awardId,
        @NotNull UUID advocateId,
        @NotBlank String badgeCode,
        String badgeName,
        @NotNull OffsetDateTime awardedAt) {}
