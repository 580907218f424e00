package io.advocacy.interaction.schedule.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Chooses the manager who looks after a person: a stable choice from the advocate id among the configured managers,
 * so the same person always gets the same manager. Manager capacity and assignment move to advocate-service later,
 * which will then say who looks after whom.
 */
@ApplicationScoped
public class ManagerAssignment {

    private final List<String> managers;

    public ManagerAssignment(InteractionsConfig config) {
        this.managers = List.copyOf(config.managers());
    }

    /** The manager of this person. */
    public String managerOf(UUID advocateId) {
        return managers.get(Math.floorMod(advocateId.hashCode(), managers.size()));
    }
}
