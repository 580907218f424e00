package io.advocacy.advocate.council.service;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAmount;
import java.util.Optional;

/**
 * Council terms: an ISO 8601 duration, either of dates ({@code P1Y}, {@code P6M}, {@code P2W}, {@code P90D}) or of
 * time ({@code PT12H}), longer than nothing and at most ten years.
 */
public final class Terms {

    private Terms() {}

    /** The term as an amount of time, when it is one that may be used. */
    public static Optional<TemporalAmount> parse(String term) {
        if (term == null) {
            return Optional.empty();
        }
        TemporalAmount amount;
        try {
            amount = term.contains("T") ? Duration.parse(term) : Period.parse(term);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        OffsetDateTime from = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        OffsetDateTime to = from.plus(amount);
        return to.isAfter(from) && !to.isAfter(from.plusYears(10)) ? Optional.of(amount) : Optional.empty();
    }

    /** When a term that starts now ends. */
    static OffsetDateTime end(String term, OffsetDateTime start) {
        return start.plus(parse(term).orElseThrow(() -> new IllegalStateException("not a term: " + term)));
    }
}
