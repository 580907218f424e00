package io.advocacy.interaction.preference.rest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * An advocate's preferences as a client writes and reads them.
 *
 * @param preferredMedia how they like to meet, best first: {@code phone-call}, {@code video-call}, {@code in-person},
 *     {@code roundtable}, {@code webcast}, {@code event}
 * @param timeZone an IANA time zone id; availability is in this zone
 * @param availability weekly windows when they can be reached; none means any time
 * @param language an ISO 639-1 code, when known
 * @param paused true while they do not want to be contacted
 */
public record PreferencesRequest(
        @NotNull @Size(max = 6)
        List<
                        @NotNull
                        @Pattern(
                                regexp = "phone-call|video-call|in-person|roundtable|webcast|event",
                                message = "must be phone-call, video-call, in-person, roundtable, webcast or event")
                        String>
                preferredMedia,

        @NotBlank @TimeZoneId String timeZone,
        @Size(max = 50) List<@NotNull @Valid Window> availability,

        @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as en")
        String language,

        boolean paused) {

    /**
     * A weekly window in the advocate's time zone.
     *
     * @param day {@code MONDAY} to {@code SUNDAY}
     * @param start local time it opens, such as {@code 09:00}
     * @param end local time it closes, after {@code start}
     */
    public record Window(
            @NotNull DayOfWeek day,
            @NotNull LocalTime start,
            @NotNull LocalTime end) {

        @JsonIgnore
        @AssertTrue(message = "end must be after start")
        public boolean isEndAfterStart() {
            return start == null || end == null || end.isAfter(start);
        }
    }
}
