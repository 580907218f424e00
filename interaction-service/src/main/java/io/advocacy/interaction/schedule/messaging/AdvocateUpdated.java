package io.advocacy.interaction.schedule.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * This service's reading of {@code io.advocacy.advocate.updated.v1} on {@code advocacy.advocates}: only the fields it
 * needs to thank someone for a positive mention.
 *
 * @param advocateId the person whose profile changed; also the record key
 * @param lastMention the mention that changed it, or null when none did
 * @param manager the username of the manager advocate-service assigned them to, or null when it did not say
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdvocateUpdated(
        @NotNull UUID advocateId, @Valid LastMention lastMention, String manager) {

    /** The event's CloudEvents type. */
    public static final String TYPE = "io.advocacy.advocate.updated.v1";

    /**
     * The mention that changed the profile.
     *
     * @param mentionId the listening service's id of the mention
     * @param sentiment its compound sentiment in [-1, 1]; >= 0.05 counts as positive
     * @param url where it can be read, when known
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LastMention(
            @NotNull UUID mentionId, @NotNull Double sentiment, String url) {}
}
