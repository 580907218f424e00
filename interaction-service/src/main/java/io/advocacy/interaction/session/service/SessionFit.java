package io.advocacy.interaction.session.service;

import io.advocacy.interaction.preference.rest.PreferencesRequest;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** Whether a session, in a person's own time zone, lies wholly within one of their weekly availability windows. */
final class SessionFit {

    private SessionFit() {}

    /** True when it does, or when the person gave no windows (any time suits them). */
    static boolean fits(
            OffsetDateTime startsAt, int durationMinutes, ZoneId zone, List<PreferencesRequest.Window> windows) {
        if (windows.isEmpty()) {
            return true;
        }
        ZonedDateTime start = startsAt.atZoneSameInstant(zone);
        ZonedDateTime end = start.plusMinutes(durationMinutes);
        if (!end.toLocalDate().equals(start.toLocalDate())) {
            return false;
        }
        return windows.stream()
                .anyMatch(window -> window.day() == start.getDayOfWeek()
                        && !start.toLocalTime().isBefore(window.start())
                        && !end.toLocalTime().isAfter(window.end()));
    }
}
