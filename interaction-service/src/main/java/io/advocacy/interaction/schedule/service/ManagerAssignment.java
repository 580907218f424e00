package io.advocacy.interaction.schedule.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Chooses the manager who is to do an interaction: the one advocate-service assigned the person to, when its event
 * says; otherwise a stable choice from the advocate id among the configured managers, so the same unassigned person
 * always gets the same manager.
 */
@ApplicationScoped
public class ManagerAssignment {

    private final List<String> managers;

    public ManagerAssignment(InteractionsConfig config) {
        this.managers = List.copyOf(config.managers());
    }

    /**
     * The manager of this person.
     *
     * @param assigned the username advocate-service's event named, or null when it named nobody
     */
    public String managerOf(UUID advocateId, String assigned) {
        if (assigned != null && !assigned.isBlank()) {
            return assigned.strip();
        }
        return managers.get(Math.floorMod(advocateId.hashCode(), managers.size()));
    }
}
