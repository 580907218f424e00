package io.advocacy.recognition.level.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Everything a person has been recognised with: the badges that stand, the levels reached, and what the levels not
 * yet reached still need.
 */
public record RecognitionView(UUID advocateId, List<Badge> badges, List<Level> levels, List<NextLevel> nextLevels) {

    /**
     * A badge the person holds.
     *
     * @param period the period a repeatable badge was earned in; null for a badge earned once
     */
    public record Badge(
            UUID awardId,
            String code,
            String name,
            String image,
            String period,
            OffsetDateTime awardedAt,
            String reason) {}

    /** A level the person reached. */
    public record Level(String code, String name, OffsetDateTime reachedAt, String reason) {}

    /**
     * A level not reached yet.
     *
     * @param missingBadges the required badges the person does not hold
     * @param badgesToGo how many more badges of any kind reach it through {@code orCount}; null without one
     */
    public record NextLevel(String code, String name, List<String> missingBadges, Integer badgesToGo) {}
}
