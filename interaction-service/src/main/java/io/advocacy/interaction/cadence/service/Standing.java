package io.advocacy.interaction.cadence.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.advocacy.interaction.cadence.messaging.SegmentChanged;
import io.advocacy.interaction.cadence.repository.StandingRepository;
import io.advocacy.platform.consumer.ReceivedEvent;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * Keeps each person's lifecycle stage and segments from advocate-service's events, for the programme's cadence rules.
 * Runs in the consumer's transaction; applying an event again, or an older one after a newer one, changes nothing.
 */
@ApplicationScoped
public class Standing {

    /** The events that carry a person's stage, and the field that says since when (else the event's time). */
    public static final List<String> STAGE_TYPES = List.of(
            "io.advocacy.advocate.discovered.v1",
            "io.advocacy.advocate.updated.v1",
            "io.advocacy.advocate.stage-changed.v1");

    private final StandingRepository standing;

    public Standing(StandingRepository standing) {
        this.standing = standing;
    }

    /** Records the stage an event carries, if it carries one and a valid {@code advocateId}. */
    public Uni<Void> stage(ReceivedEvent<JsonNode> event) {
        JsonNode data = event.data();
        UUID advocateId = uuid(data.path("advocateId"));
        String stage = data.path("stage").isTextual() ? data.path("stage").asText() : null;
        if (advocateId == null || stage == null || stage.isBlank()) {
            return Uni.createFrom().voidItem();
        }
        OffsetDateTime at = time(data.path("changedAt"));
        if (at == null) {
            at = time(data.path("discoveredAt"));
        }
        if (at == null) {
            at = event.time() != null ? event.time() : OffsetDateTime.now(ZoneOffset.UTC);
        }
        Log.debugf("%s is at stage %s since %s", advocateId, stage, at);
        return standing.stage(advocateId, stage, at);
    }

    /** Records that the person joined or left the segment. */
    public Uni<Void> segment(ReceivedEvent<SegmentChanged> event, boolean member) {
        SegmentChanged data = event.data();
        OffsetDateTime at = data.at() != null
                ? data.at()
                : event.time() != null ? event.time() : OffsetDateTime.now(ZoneOffset.UTC);
        Log.debugf("%s %s segment %s at %s", data.advocateId(), member ? "joined" : "left", data.segmentId(), at);
        return standing.membership(data.advocateId(), data.segmentId(), member, at);
    }

    private static UUID uuid(JsonNode node) {
        try {
            return node.isTextual() ? UUID.fromString(node.asText()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static OffsetDateTime time(JsonNode node) {
        try {
            return node.isTextual() ? OffsetDateTime.parse(node.asText()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
