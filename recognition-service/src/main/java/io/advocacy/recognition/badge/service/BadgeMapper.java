package io.advocacy.recognition.badge.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.advocacy.recognition.badge.repository.BadgeDefinition;
import io.advocacy.recognition.badge.rest.BadgeRequest;
import io.advocacy.recognition.badge.rest.BadgeView;
import io.advocacy.recognition.criteria.service.Rule;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Maps badge definitions between the wire and the database, in one place. */
public final class BadgeMapper {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BadgeMapper() {}

    public static BadgeView toView(BadgeDefinition badge) {
        return new BadgeView(
                badge.code,
                badge.name,
                badge.description,
                badge.criteria,
                criteria(badge),
                badge.image,
                badge.repeatable,
                badge.period,
                badge.validDays,
                badge.createdAt,
                badge.updatedAt,
                badge.retiredAt);
    }

    /** The badge's criteria as data. */
    public static JsonNode criteria(BadgeDefinition badge) {
        try {
            return JSON.readTree(badge.rule);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("badge " + badge.code + " has unreadable criteria", e);
        }
    }

    /** The badge's criteria, read for evaluation. */
    public static Rule rule(BadgeDefinition badge) {
        return Rule.of(criteria(badge));
    }

    static BadgeDefinition newBadge(BadgeRequest request) {
        BadgeDefinition badge = new BadgeDefinition();
        badge.code = request.code();
        badge.createdAt = now();
        apply(request, badge);
        return badge;
    }

    /** Writes the request's fields over the badge's, all but its code. */
    static void apply(BadgeRequest request, BadgeDefinition badge) {
        badge.name = request.name();
        badge.description = request.description();
        badge.criteria = request.criteriaNarrative();
        badge.rule = request.criteria().toString();
        badge.image = request.image();
        badge.repeatable = request.isRepeatable();
        badge.period = request.period();
        badge.validDays = request.validDays();
        badge.updatedAt = now();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
