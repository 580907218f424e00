package io.advocacy.advocate.manager.service;

import io.advocacy.advocate.manager.repository.Manager;
import io.advocacy.advocate.manager.rest.ManagerView;
import io.advocacy.advocate.manager.rest.NewManagerRequest;
import io.advocacy.advocate.profile.messaging.AdvocateEvents;
import io.advocacy.advocate.profile.repository.Advocate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Maps managers and assignments between the database, the wire and events, in one place. */
public final class ManagerMapper {

    private ManagerMapper() {}

    public static ManagerView toView(Manager m, long load) {
        return new ManagerView(m.id, m.username, m.displayName, m.capacity, load, m.joinedAt, m.leftAt);
    }

    /** Managers with their loads; a manager missing from the loads looks after nobody. */
    static List<ManagerView> toViews(List<Manager> managers, Map<String, Long> loads) {
        return managers.stream()
                .map(m -> toView(m, loads.getOrDefault(m.username, 0L)))
                .toList();
    }

    static Manager newManager(NewManagerRequest request, int defaultCapacity, OffsetDateTime now) {
        Manager manager = new Manager();
        manager.id = UUID.randomUUID();
        manager.username = request.username().strip();
        manager.displayName = request.displayName().strip();
        manager.capacity = request.capacity() == null ? defaultCapacity : request.capacity();
        manager.joinedAt = now;
        return manager;
    }

    static ManagerPool.Seat seat(Manager m, long load) {
        return new ManagerPool.Seat(m.username, m.capacity, load);
    }

    static AdvocateEvents.Assigned assigned(Advocate a, String previousManager) {
        return new AdvocateEvents.Assigned(a.id, a.manager, previousManager);
    }
}
