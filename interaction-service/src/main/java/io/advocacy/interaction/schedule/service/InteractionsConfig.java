package io.advocacy.interaction.schedule.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** How interactions are assigned. */
@ConfigMapping(prefix = "advocacy.interactions")
public interface InteractionsConfig {

    /** The usernames of the managers interactions are shared among; a person always gets the same one. */
    @WithDefault("demo-manager")
    List<String> managers();

    /**
     * How many interactions a manager takes on in one ISO week (Monday to Sunday, in their time zone) unless {@link #weeklyLimits()}
     * names them; a session counts once, however many it seats.
     */
    @WithName("weekly-limit")
    @WithDefault("30")
    int weeklyLimit();

    /** Managers' own weekly limits, by username. */
    @WithName("weekly-limits")
    Map<String, Integer> weeklyLimits();

    /**
     * How often the service schedules the deferred interactions whose moment has come, as a Quarkus {@code every}
     * ({@code 5m}); {@code off} turns it off.
     */
    @WithName("deferred-every")
    @WithDefault("5m")
    String deferredEvery();

    /** The time zone managers' weeks are counted in unless {@link #timeZones()} names them: an IANA id or UTC. */
    @WithName("time-zone")
    @WithDefault("UTC")
    ZoneId timeZone();

    /** Managers' own time zones, by username, such as {@code Europe/Berlin}. */
    @WithName("time-zones")
    Map<String, ZoneId> timeZones();
}
