package io.advocacy.interaction.calendar.service;

import io.advocacy.interaction.schedule.repository.Interaction;
import io.advocacy.interaction.schedule.repository.InteractionFilter;
import io.advocacy.interaction.schedule.repository.InteractionRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Builds the iCalendar feeds of a manager's and of an advocate's scheduled interactions. */
@ApplicationScoped
public class CalendarService {

    /** The most events one feed holds, soonest due first. */
    static final int MAX_EVENTS = 1_000;

    private final InteractionRepository interactions;

    public CalendarService(InteractionRepository interactions) {
        this.interactions = interactions;
    }

    /** The manager's scheduled interactions as a feed; empty when they have none. */
    @WithSession
    public Uni<String> ofManager(String manager) {
        return feed(new InteractionFilter(null, manager, Interaction.SCHEDULED));
    }

    /** The advocate's scheduled interactions as a feed; empty when they have none. */
    @WithSession
    public Uni<String> ofAdvocate(UUID advocateId) {
        return feed(new InteractionFilter(advocateId, null, Interaction.SCHEDULED));
    }

    private Uni<String> feed(InteractionFilter filter) {
        return interactions
                .page(filter, 0, MAX_EVENTS)
                .invoke(found -> Log.debugf("Calendar feed of %s: %d events", filter, found.size()))
                .map(CalendarMapper::toFeed);
    }
}
