package io.advocacy.advocate.manager.service;

import io.advocacy.advocate.manager.repository.Manager;
import io.advocacy.advocate.manager.repository.ManagerRepository;
import io.advocacy.advocate.manager.rest.ManagerView;
import io.advocacy.advocate.manager.rest.NewManagerRequest;
import io.advocacy.advocate.profile.repository.AdvocateRepository;
import io.advocacy.platform.problem.ProblemException;
import io.advocacy.platform.rest.Page;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Managers joining, changing capacity and leaving, each under the assignment lock and with the rebalancing it calls
 * for; and managers with their load, for the API.
 */
@ApplicationScoped
public class ManagerService {

    private final ManagerRepository managers;
    private final AdvocateRepository advocates;
    private final Assignments assignments;
    private final int defaultCapacity;

    public ManagerService(
            ManagerRepository managers, AdvocateRepository advocates, Assignments assignments, AdvocatesConfig config) {
        this.managers = managers;
        this.advocates = advocates;
        this.assignments = assignments;
        this.defaultCapacity = config.defaultCapacity();
    }

    /** A manager joins; a username can be active only once. */
    @WithTransaction
    public Uni<ManagerView> join(NewManagerRequest request) {
        Manager manager = ManagerMapper.newManager(request, defaultCapacity, now());
        return managers.lockAssignments()
                .chain(() -> managers.findActiveByUsername(manager.username))
                .invoke(existing -> {
                    if (existing != null) {
                        throw new ProblemException(
                                409, "Conflict", "manager " + existing.username + " is already active: " + existing.id);
                    }
                })
                .chain(() -> managers.persist(manager))
                .invoke(() -> Log.debugf("Manager %s joined with capacity %d", manager.username, manager.capacity))
                .map(joined -> ManagerMapper.toView(joined, 0));
    }

    /** Sets a manager's capacity and moves their surplus to others when it is now below their load. */
    @WithTransaction
    public Uni<ManagerView> changeCapacity(UUID id, int capacity) {
        return managers.lockAssignments()
                .chain(() -> existing(id))
                .invoke(ManagerService::requireActive)
                .invoke(manager -> manager.capacity = capacity)
                .call(assignments::shedSurplus)
                .call(managers::flush)
                .chain(this::withLoad);
    }

    /** A manager leaves: everyone they looked after goes to managers with room, or to nobody; leaving twice is fine. */
    @WithTransaction
    public Uni<Void> leave(UUID id) {
        return managers.lockAssignments()
                .chain(() -> existing(id))
                .chain(manager -> manager.hasLeft() ? Uni.createFrom().voidItem() : handOver(manager));
    }

    @WithSession
    public Uni<ManagerView> get(UUID id) {
        return existing(id).chain(this::withLoad);
    }

    /** A page of the active managers by username, each with their load. */
    @WithSession
    public Uni<Page<ManagerView>> page(int page, int size) {
        return managers.pageActive(page, size)
                .chain(items -> advocates.loads().map(loads -> ManagerMapper.toViews(items, loads)))
                .chain(views -> managers.countActive().map(total -> new Page<>(views, page, size, total)));
    }

    private Uni<Void> handOver(Manager manager) {
        manager.leftAt = now();
        Log.debugf("Manager %s leaves", manager.username);
        return assignments.handOver(manager);
    }

    private Uni<ManagerView> withLoad(Manager manager) {
        return advocates.countAssignedTo(manager.username).map(load -> ManagerMapper.toView(manager, load));
    }

    private Uni<Manager> existing(UUID id) {
        return managers.findById(id).plug(ProblemException.orNotFound("Manager", id));
    }

    private static void requireActive(Manager manager) {
        if (manager.hasLeft()) {
            throw new ProblemException(
                    409,
                    "Conflict",
                    "manager " + manager.username + " left at " + manager.leftAt + "; nothing to change");
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
