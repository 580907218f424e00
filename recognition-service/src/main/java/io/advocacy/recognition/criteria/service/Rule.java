package io.advocacy.recognition.criteria.service;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Badge criteria read from their JSON form, which {@link CriteriaSchema} has accepted.
 *
 * @param shape which of the four forms it is
 * @param event the fact kind it is about
 * @param times how many ({@code atLeast}, {@code inARow} or {@code consecutive}); 1 for a single event
 * @param period for a streak over periods: P1D, P1W, P1M or P1Y
 * @param from for {@code category-reached}: where the person must have stood before, or null for anywhere
 * @param to for {@code category-reached}: where they must arrive
 */
public record Rule(Shape shape, String event, int times, String period, String from, String to) {

    /** The forms criteria take. */
    public enum Shape {
        /** {@code {"count": {"event", "atLeast"}}}: at least so many of the event. */
        COUNT,
        /** {@code {"streak": {"event", "inARow"}}}: so many of the event with nothing breaking the run. */
        IN_A_ROW,
        /** {@code {"streak": {"event", "periods", "consecutive"}}}: the event in so many periods one after another. */
        CONSECUTIVE_PERIODS,
        /** {@code {"event", "from", "to"}}: the event once (from and to only for category-reached). */
        EVENT
    }

    /** Reads criteria the schema has accepted. */
    public static Rule of(JsonNode criteria) {
        if (criteria.has("count")) {
            JsonNode count = criteria.get("count");
            return new Rule(
                    Shape.COUNT,
                    count.get("event").asText(),
                    count.get("atLeast").asInt(),
                    null,
                    null,
                    null);
        }
        if (criteria.has("streak")) {
            JsonNode streak = criteria.get("streak");
            if (streak.has("periods")) {
                return new Rule(
                        Shape.CONSECUTIVE_PERIODS,
                        streak.get("event").asText(),
                        streak.get("consecutive").asInt(),
                        streak.get("periods").asText(),
                        null,
                        null);
            }
            return new Rule(
                    Shape.IN_A_ROW,
                    streak.get("event").asText(),
                    streak.get("inARow").asInt(),
                    null,
                    null,
                    null);
        }
        return new Rule(
                Shape.EVENT,
                criteria.get("event").asText(),
                1,
                null,
                criteria.hasNonNull("from") ? criteria.get("from").asText() : null,
                criteria.hasNonNull("to") ? criteria.get("to").asText() : null);
    }
}
