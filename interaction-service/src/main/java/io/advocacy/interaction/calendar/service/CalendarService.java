package io.advocacy.interaction.calendar.service;

import io.advocacy.interaction.schedule.repository.Interaction;
import io.advocacy.interaction.schedule.repository.InteractionFilter;
import io.advocacy.interaction.schedule.repository.InteractionRepository;
import io.advocacy.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds the iCalendar feeds of a manager's and of an advocate's scheduled interactions. */
@ApplicationScoped
public class CalendarService {

    /** The most events one feed holds, soonest due first. */
    static final int MAX_EVENTS = 1_000;

    private final InteractionRepository interactions;
    private final String organizerDomain;

    public CalendarService(
            InteractionRepository interactions,
            @ConfigProperty(name = "advocacy.interactions.organizer-domain", defaultValue = "advocacy.example")
                    String organizerDomain) {
        this.interactions = interactions;
        this.organizerDomain = organizerDomain;
    }

    /**
     * The interaction as an RFC 5546 invitation: REQUEST, or CANCEL once cancelled; 404 when unknown.
     */
    @WithSession
    public Uni<String> invitation(UUID id) {
        return interactions
                .findById(id)
                .plug(ProblemException.orNotFound("Interaction", id))
                .map(interaction -> CalendarMapper.toInvitation(interaction, organizerDomain));
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
