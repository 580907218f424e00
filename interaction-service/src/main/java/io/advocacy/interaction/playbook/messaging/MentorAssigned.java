package io.advocacy.interaction.playbook.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * This service's reading of {@code io.advocacy.advocate.mentor-assigned.v1} on {@code advocacy.advocates}: a person
 * got a mentor.
 *
 * @param advocateId the person; also the record key
 * @param mentorId the advocate who mentors them
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MentorAssigned(
        @NotNull UUID advocateId, @NotNull UUID mentorId) {

    /** The event's CloudEvents type. */
    public static final String TYPE = "io.advocacy.advocate.mentor-assigned.v1";
}
