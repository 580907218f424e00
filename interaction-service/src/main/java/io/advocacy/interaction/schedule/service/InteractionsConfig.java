package io.advocacy.interaction.schedule.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** How interactions are assigned. */
@ConfigMapping(prefix = "advocacy.interactions")
public interface InteractionsConfig {

    /** The usernames of the managers interactions are shared among; a person always gets the same one. */
    @WithDefault("demo-manager")
    List<String> managers();
}
