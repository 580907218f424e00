package io.advocacy.recognition.level.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.advocacy.recognition.level.messaging.LevelReachedEvent;
import io.advocacy.recognition.level.repository.LevelDefinition;
import io.advocacy.recognition.level.repository.LevelReached;
import io.advocacy.recognition.level.rest.LevelRequest;
import io.advocacy.recognition.level.rest.LevelView;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Maps levels between the wire, the database and events, in one place. */
public final class LevelMapper {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LevelMapper() {}

    public static LevelView toView(LevelDefinition level) {
        return new LevelView(
                level.code,
                level.name,
                level.description,
                new LevelView.Requires(badges(level), level.orCount),
                level.createdAt,
                level.updatedAt,
                level.retiredAt);
    }

    /** The badge codes the level requires. */
    static List<String> badges(LevelDefinition level) {
        try {
            return JSON.readValue(level.badges, new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("level " + level.code + " has unreadable badges", e);
        }
    }

    static LevelDefinition newLevel(LevelRequest request) {
        LevelDefinition level = new LevelDefinition();
        level.code = request.code();
        level.createdAt = now();
        apply(request, level);
        return level;
    }

    static void apply(LevelRequest request, LevelDefinition level) {
        level.name = request.name();
        level.description = request.description() == null ? "" : request.description();
        try {
            level.badges = JSON.writeValueAsString(
                    request.requires().badgeCodes().stream().distinct().toList());
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
        level.orCount = request.requires().orCount();
        level.updatedAt = now();
    }

    static LevelReached reached(UUID advocateId, LevelDefinition level, List<String> held) {
        LevelReached reached = new LevelReached();
        reached.id = UUID.randomUUID();
        reached.advocateId = advocateId;
        reached.levelCode = level.code;
        reached.reachedAt = now();
        reached.reason = "holds " + String.join(", ", held);
        return reached;
    }

    static LevelReachedEvent toEvent(LevelReached reached, LevelDefinition level, List<String> held) {
        return new LevelReachedEvent(reached.advocateId, level.code, level.name, held, reached.reachedAt);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
