package io.advocacy.interaction.schedule.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * This service's reading of {@code io.advocacy.advocate.category-changed.v1} on {@code advocacy.advocates}: only the
 * fields it needs to reach out to someone who became a detractor.
 *
 * @param advocateId the person who moved on the continuum; also the record key
 * @param previousCategory where they were, or null when they were just discovered
 * @param category where they are now
 * @param evidence what moved them, or null when the producer did not say
 * @param manager the username of the manager advocate-service assigned them to, or null when it did not say
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CategoryChanged(
        @NotNull UUID advocateId,
        String previousCategory,
        @NotBlank String category,
        @Valid Evidence evidence,
        String manager) {

    /** The event's CloudEvents type. */
    public static final String TYPE = "io.advocacy.advocate.category-changed.v1";

    /**
     * What moved the person.
     *
     * @param mentionId the mention that tipped the category
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Evidence(@NotNull UUID mentionId) {}
}
