package io.advocacy.interaction.preference.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An advocate's stored preferences as the API shows them; the fields are those of {@link PreferencesRequest}.
 *
 * @param updatedBy the principal name of who last wrote them
 */
public record PreferencesView(
        UUID advocateId,
        List<String> preferredMedia,
        String timeZone,
        List<PreferencesRequest.Window> availability,
        String language,
        boolean paused,
        String updatedBy,
        OffsetDateTime updatedAt) {}
