package io.advocacy.listening.insight.service;

import io.advocacy.platform.problem.Problem;
import io.advocacy.platform.problem.ProblemException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A time range to aggregate over: from inclusive, to exclusive; by default the last 30 days.
 *
 * @param from the start
 * @param to the end
 */
public record Period(OffsetDateTime from, OffsetDateTime to) {

    /** The longest range one request may aggregate. */
    private static final long MAX_DAYS = 366;

    /** Builds a period from optional query parameters, or says which one is wrong. */
    public static Period of(OffsetDateTime from, OffsetDateTime to) {
        OffsetDateTime end = to == null ? OffsetDateTime.now(ZoneOffset.UTC) : to;
        OffsetDateTime start = from == null ? end.minusDays(30) : from;
        if (!start.isBefore(end)) {
            throw invalid("from", "must be before to");
        }
        if (start.plusDays(MAX_DAYS).isBefore(end)) {
            throw invalid("to", "the period may be at most " + MAX_DAYS + " days long");
        }
        return new Period(start, end);
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(
                400, "Invalid request", field + " " + message, List.of(new Problem.Violation(field, message)));
    }
}
