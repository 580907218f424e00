package io.advocacy.recognition.level.rest;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A level as the API shows it.
 *
 * @param requires every badge of {@code badges}, or at least {@code orCount} badges of any kind
 * @param retiredAt when it stopped being reached; null while it is
 */
public record LevelView(
        String code,
        String name,
        String description,
        Requires requires,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime retiredAt) {

    /** What unlocks the level. */
    public record Requires(List<String> badges, Integer orCount) {}
}
