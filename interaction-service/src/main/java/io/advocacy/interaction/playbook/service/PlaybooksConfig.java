package io.advocacy.interaction.playbook.service;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Where the playbooks are configured. */
@ConfigMapping(prefix = "advocacy.interactions.playbooks")
public interface PlaybooksConfig {

    /** A JSON file of playbooks that replaces the built-in ones ({@code playbooks.json} on the class path). */
    Optional<String> file();
}
