package io.advocacy.interaction.preference.service;

import io.advocacy.interaction.preference.repository.AdvocatePreference;
import io.advocacy.interaction.preference.repository.AvailabilityWindow;
import io.advocacy.interaction.preference.rest.PreferencesRequest;
import io.advocacy.interaction.preference.rest.PreferencesView;
import java.time.DayOfWeek;
import java.util.List;
import java.util.UUID;

/** Maps preferences between the wire and the database, in one place. */
public final class PreferenceMapper {

    private PreferenceMapper() {}

    static void apply(AdvocatePreference preference, PreferencesRequest request) {
        preference.preferredMedia = request.preferredMedia().stream().distinct().toArray(String[]::new);
        preference.timeZone = request.timeZone();
        preference.language = request.language();
        preference.paused = request.paused();
    }

    static List<AvailabilityWindow> toWindows(UUID advocateId, PreferencesRequest request) {
        if (request.availability() == null) {
            return List.of();
        }
        return request.availability().stream()
                .map(window -> {
                    AvailabilityWindow stored = new AvailabilityWindow();
                    stored.id = UUID.randomUUID();
                    stored.advocateId = advocateId;
                    stored.dayOfWeek = (short) window.day().getValue();
                    stored.startsAt = window.start();
                    stored.endsAt = window.end();
                    return stored;
                })
                .toList();
    }

    static PreferencesView toView(AdvocatePreference preference, List<AvailabilityWindow> windows) {
        return new PreferencesView(
                preference.advocateId,
                List.of(preference.preferredMedia),
                preference.timeZone,
                windows.stream().map(PreferenceMapper::toWindow).toList(),
                preference.language,
                preference.paused,
                preference.updatedBy,
                preference.updatedAt);
    }

    /** A stored window as the API and the planner see it. */
    public static PreferencesRequest.Window toWindow(AvailabilityWindow window) {
        return new PreferencesRequest.Window(DayOfWeek.of(window.dayOfWeek), window.startsAt, window.endsAt);
    }
}
