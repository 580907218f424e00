package io.advocacy.interaction.session.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Map;
import java.util.Optional;

/**
 * How many advocates each session format seats: by default, and per programme. Checked at start-up by {@link
 * SessionFormats}.
 */
@ConfigMapping(prefix = "advocacy.interactions.sessions")
public interface SessionsConfig {

    /** The seats of a group call (at most 30). */
    @WithName("group-call-capacity")
    @WithDefault("30")
    int groupCallCapacity();

    /** The seats of a roundtable (100 to 200). */
    @WithName("roundtable-capacity")
    @WithDefault("100")
    int roundtableCapacity();

    /** The seats of a webcast (100 to 200). */
    @WithName("webcast-capacity")
    @WithDefault("200")
    int webcastCapacity();

    /** A programme's own capacities, by programme name; a format it does not name keeps the default. */
    Map<String, Programme> programmes();

    /** One programme's capacities. */
    interface Programme {

        @WithName("group-call-capacity")
        Optional<Integer> groupCallCapacity();

        @WithName("roundtable-capacity")
        Optional<Integer> roundtableCapacity();

        @WithName("webcast-capacity")
        Optional<Integer> webcastCapacity();
    }
}
