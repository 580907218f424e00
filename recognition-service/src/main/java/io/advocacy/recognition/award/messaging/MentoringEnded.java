package io.advocacy.recognition.award.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * This service's reading of {@code io.advocacy.advocate.mentoring-ended.v1} (advocate-service, keyed by the newcomer):
 * a mentoring pairing ended. When the newcomer {@code settled}, the mentor gets the credit.
 *
 * @param advocateId the newcomer
 * @param mentorId the mentor, who is credited
 * @param mentoringId the pairing; optional
 * @param reason {@code settled}, {@code mentor-left}, {@code mentee-left}, {@code reassigned} or
 *     {@code ended-by-manager}
 * @param endedAt when it ended; optional
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MentoringEnded(
        @NotNull UUID advocateId,
        @NotNull UUID mentorId,
        UUID mentoringId,
        @NotBlank String reason,
        OffsetDateTime endedAt) {

    public static final String TYPE = "io.advocacy.advocate.mentoring-ended.v1";

    /** The reason that credits the mentor. */
    public static final String SETTLED = "settled";
}
