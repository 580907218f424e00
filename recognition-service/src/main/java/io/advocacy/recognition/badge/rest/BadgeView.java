package io.advocacy.recognition.badge.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * A badge as the API shows it.
 *
 * @param code its identity, for example {@code first-voice}
 * @param name what people see
 * @param description what it recognises
 * @param criteriaNarrative what earns it, in words
 * @param criteria what earns it, as data
 * @param image its image URL or reference, or null
 * @param repeatable whether it can be earned again, once per {@code period}
 * @param period for a repeatable badge: P1D, P1W, P1M or P1Y
 * @param validDays days an award stays valid, or null when it does not expire
 * @param retiredAt when it stopped being awarded; null while it is
 */
public record BadgeView(
        String code,
        String name,
        String description,
        String criteriaNarrative,
        JsonNode criteria,
        String image,
        boolean repeatable,
        String period,
        Integer validDays,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime retiredAt) {}
