package io.advocacy.interaction.cadence.service;

import io.advocacy.interaction.preference.rest.PreferencesRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * Moves a planned check-in into the advocate's availability: to the first moment, at or after the rule's occurrence
 * and within a week, when a whole check-in fits in one of their weekly windows. All in the advocate's local time.
 */
final class AvailabilityFit {

    private static final int DAYS_TO_LOOK = 7;

    private AvailabilityFit() {}

    /** The occurrence itself when the advocate gave no windows or none fits within a week. */
    static ZonedDateTime fit(ZonedDateTime occurrence, Duration length, List<PreferencesRequest.Window> windows) {
        if (windows.isEmpty()) {
            return occurrence;
        }
        List<PreferencesRequest.Window> sorted = windows.stream()
                .sorted(Comparator.comparing(PreferencesRequest.Window::start))
                .toList();
        for (int offset = 0; offset <= DAYS_TO_LOOK; offset++) {
            LocalDate day = occurrence.toLocalDate().plusDays(offset);
            for (PreferencesRequest.Window window : sorted) {
                if (window.day() != day.getDayOfWeek()) {
                    continue;
                }
                LocalTime start = offset == 0 && occurrence.toLocalTime().isAfter(window.start())
                        ? occurrence.toLocalTime()
                        : window.start();
                boolean fits = !start.plus(length).isAfter(window.end())
                        && !start.plus(length).isBefore(start);
                if (fits) {
                    return ZonedDateTime.of(day, start, occurrence.getZone());
                }
            }
        }
        return occurrence;
    }
}
