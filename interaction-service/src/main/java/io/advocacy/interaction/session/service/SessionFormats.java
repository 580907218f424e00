package io.advocacy.interaction.session.service;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The session formats: how many each seats (per programme) and which of an advocate's preferred media each suits.
 * The capacities are checked at start-up, so a wrong setting stops the service with a message naming it.
 */
@Startup
@ApplicationScoped
public class SessionFormats {

    public static final String GROUP_CALL = "group-call";
    public static final String ROUNDTABLE = "roundtable";
    public static final String WEBCAST = "webcast";

    /** The most a group call seats. */
    static final int GROUP_CALL_MAX = 30;

    /** The range a roundtable's and a webcast's capacity must be in. */
    static final int LARGE_MIN = 100;

    static final int LARGE_MAX = 200;

    /** Which preferred media make a person a candidate for each format. */
    private static final Map<String, Set<String>> MEDIA = Map.of(
            GROUP_CALL, Set.of("video-call", "phone-call"),
            ROUNDTABLE, Set.of("roundtable"),
            WEBCAST, Set.of("webcast"));

    private final SessionsConfig config;

    public SessionFormats(SessionsConfig config) {
        this.config = config;
        List<String> errors = new ArrayList<>();
        check(
                "advocacy.interactions.sessions",
                config.groupCallCapacity(),
                config.roundtableCapacity(),
                config.webcastCapacity(),
                errors);
        config.programmes()
                .forEach((name, programme) -> check(
                        "advocacy.interactions.sessions.programmes." + name,
                        programme.groupCallCapacity().orElse(config.groupCallCapacity()),
                        programme.roundtableCapacity().orElse(config.roundtableCapacity()),
                        programme.webcastCapacity().orElse(config.webcastCapacity()),
                        errors));
        if (!errors.isEmpty()) {
            throw new IllegalStateException("Invalid session capacities: " + String.join("; ", errors));
        }
    }

    /** The formats, as the API names them. */
    public static Set<String> formats() {
        return MEDIA.keySet();
    }

    /** The preferred media that make a person a candidate for the format. */
    public static Set<String> mediaOf(String format) {
        return MEDIA.get(format);
    }

    /** How many the format seats in the programme (null for the defaults). */
    public int capacityOf(String format, String programme) {
        Optional<SessionsConfig.Programme> own = programme == null
                ? Optional.empty()
                : Optional.ofNullable(config.programmes().get(programme));
        if (GROUP_CALL.equals(format)) {
            return own.flatMap(SessionsConfig.Programme::groupCallCapacity).orElse(config.groupCallCapacity());
        }
        if (ROUNDTABLE.equals(format)) {
            return own.flatMap(SessionsConfig.Programme::roundtableCapacity).orElse(config.roundtableCapacity());
        }
        return own.flatMap(SessionsConfig.Programme::webcastCapacity).orElse(config.webcastCapacity());
    }

    private static void check(String prefix, int groupCall, int roundtable, int webcast, List<String> errors) {
        if (groupCall < 1 || groupCall > GROUP_CALL_MAX) {
            errors.add(prefix + ".group-call-capacity must be 1 to " + GROUP_CALL_MAX + ", not " + groupCall);
        }
        if (roundtable < LARGE_MIN || roundtable > LARGE_MAX) {
            errors.add(
                    prefix + ".roundtable-capacity must be " + LARGE_MIN + " to " + LARGE_MAX + ", not " + roundtable);
        }
        if (webcast < LARGE_MIN || webcast > LARGE_MAX) {
            errors.add(prefix + ".webcast-capacity must be " + LARGE_MIN + " to " + LARGE_MAX + ", not " + webcast);
        }
    }
}
