package io.advocacy.recognition.level.messaging;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code io.advocacy.recognition.level-reached.v1} on {@code advocacy.recognitions}, keyed by the advocate id:
 * a person reached a level, once per person and level.
 *
 * @param badges the codes of the badges the person held when they reached it
 */
public record LevelReachedEvent(
        UUID advocateId, String levelCode, String levelName, List<String> badges, OffsetDateTime reachedAt) {

    /** The event's CloudEvents type. */
    public static final String TYPE = "io.advocacy.recognition.level-reached.v1";

    /** The topic recognition events go to. */
    public static final String TOPIC = "advocacy.recognitions";
}
