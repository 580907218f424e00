package io.advocacy.interaction.session.service;

import io.advocacy.interaction.outcome.repository.InteractionOutcome;
import io.advocacy.interaction.outcome.rest.OutcomeRequest;
import io.advocacy.interaction.outcome.service.OutcomeService;
import io.advocacy.interaction.preference.repository.AdvocatePreference;
import io.advocacy.interaction.preference.repository.AvailabilityRepository;
import io.advocacy.interaction.preference.repository.AvailabilityWindow;
import io.advocacy.interaction.preference.repository.PreferenceRepository;
import io.advocacy.interaction.preference.rest.PreferencesRequest;
import io.advocacy.interaction.preference.service.PreferenceMapper;
import io.advocacy.interaction.schedule.service.ManagerLoad;
import io.advocacy.interaction.session.repository.GroupSession;
import io.advocacy.interaction.session.repository.ParticipantRepository;
import io.advocacy.interaction.session.repository.SessionParticipant;
import io.advocacy.interaction.session.repository.SessionRepository;
import io.advocacy.interaction.session.rest.SessionRequest;
import io.advocacy.interaction.session.rest.SessionView;
import io.advocacy.platform.problem.Problem;
import io.advocacy.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Plans sessions and fills them: by invitation in a given order, or with everyone who prefers the format and is
 * available at the session's time in their own time zone, best preference first.
 */
@ApplicationScoped
public class SessionService {

    private final SessionRepository sessions;
    private final ParticipantRepository participants;
    private final PreferenceRepository preferences;
    private final AvailabilityRepository windows;
    private final SessionFormats formats;
    private final SessionSeats seats;
    private final OutcomeService outcomes;
    private final ManagerLoad load;

    public SessionService(
            SessionRepository sessions,
            ParticipantRepository participants,
            PreferenceRepository preferences,
            AvailabilityRepository windows,
            SessionFormats formats,
            SessionSeats seats,
            OutcomeService outcomes,
            ManagerLoad load) {
        this.sessions = sessions;
        this.participants = participants;
        this.preferences = preferences;
        this.windows = windows;
        this.formats = formats;
        this.seats = seats;
        this.outcomes = outcomes;
        this.load = load;
    }

    /**
     * Stores a new session.
     *
     * @throws ProblemException 400 naming {@code capacity} when it is over the format's capacity in the programme,
     *     409 saying why when the manager's week is full
     */
    @WithTransaction
    public Uni<SessionView> create(SessionRequest request, String createdBy) {
        int most = formats.capacityOf(request.format(), request.programme());
        if (request.capacity() != null && request.capacity() > most) {
            String message = "must be at most " + most + " for a " + request.format()
                    + (request.programme() == null ? "" : " of programme " + request.programme());
            return Uni.createFrom()
                    .failure(new ProblemException(
                            400,
                            "Invalid request",
                            "capacity " + message,
                            List.of(new Problem.Violation("capacity", message))));
        }
        int capacity = request.capacity() == null ? most : request.capacity();
        GroupSession session = SessionMapper.toEntity(request, capacity, createdBy, now());
        // A session is one interaction of its manager's week, however many it seats.
        return load.tracker()
                .take(session.manager, session.startsAt)
                .chain(refusal -> refusal == null
                        ? sessions.persist(session)
                        : Uni.createFrom().failure(new ProblemException(409, "Conflict", refusal)))
                .invoke(stored -> Log.debugf(
                        "Session %s: %s for %d hosted by %s", stored.id, stored.format, capacity, stored.manager))
                .map(stored -> SessionMapper.toView(stored, List.of()));
    }

    /** The session with its participants; 404 when unknown. */
    @WithSession
    public Uni<SessionView> find(UUID id) {
        return sessions.findById(id)
                .plug(ProblemException.orNotFound("Session", id))
                .chain(this::view);
    }

    /** Invites these people in order while seats are free and waitlists the rest; 404 for an unknown session. */
    @WithTransaction
    public Uni<SessionView> invite(UUID id, List<UUID> advocateIds) {
        return sessions.lock(id)
                .plug(ProblemException.orNotFound("Session", id))
                .call(session -> seats.add(session, advocateIds))
                .call(participants::flush)
                .chain(this::view);
    }

    /**
     * Adds everyone who prefers the format, has not paused contact and is available for the whole session in their
     * own time zone (no windows: any time), ordered by how high the format ranks in their preferred media, then by
     * id; invited while seats are free, waitlisted after. People already in the session keep their place.
     */
    @WithTransaction
    public Uni<SessionView> fill(UUID id) {
        return sessions.lock(id)
                .plug(ProblemException.orNotFound("Session", id))
                .call(session -> candidates(session).chain(found -> seats.add(session, found)))
                .call(participants::flush)
                .chain(this::view);
    }

    /**
     * The participant declines: their invitation, when they have one, is recorded as declined (publishing
     * {@code interaction.missed.v1}), and their seat goes to the first on the waitlist.
     *
     * @throws ProblemException 404 for an unknown session or someone not in it, 409 when they already declined
     */
    @WithTransaction
    public Uni<SessionView> decline(UUID id, UUID advocateId, String recordedBy) {
        return sessions.lock(id)
                .plug(ProblemException.orNotFound("Session", id))
                .call(session -> participants
                        .find(id, advocateId)
                        .plug(ProblemException.orNotFound("Participant of session " + id, advocateId))
                        .chain(participant -> {
                            if (SessionParticipant.DECLINED.equals(participant.status)) {
                                return Uni.createFrom()
                                        .failure(new ProblemException(
                                                409, "Conflict", advocateId + " already declined session " + id));
                            }
                            return participant.interactionId == null
                                    ? seats.declined(id, advocateId)
                                    : outcomes.recordInTransaction(
                                                    participant.interactionId,
                                                    new OutcomeRequest(InteractionOutcome.DECLINED, null),
                                                    recordedBy)
                                            .replaceWithVoid();
                        }))
                .call(participants::flush)
                .chain(this::view);
    }

    private Uni<SessionView> view(GroupSession session) {
        return participants.of(session.id).map(found -> SessionMapper.toView(session, found));
    }

    /** Those who suit the session, best first. */
    private Uni<List<UUID>> candidates(GroupSession session) {
        Set<String> media = SessionFormats.mediaOf(session.format);
        return preferences.list("paused = false").chain(all -> {
            List<AdvocatePreference> suited =
                    all.stream().filter(p -> rank(p, media) >= 0).toList();
            if (suited.isEmpty()) {
                return Uni.createFrom().item(List.<UUID>of());
            }
            List<UUID> ids = suited.stream().map(p -> p.advocateId).toList();
            return windows.list("advocateId in ?1", ids).map(found -> {
                Map<UUID, List<PreferencesRequest.Window>> byAdvocate = found.stream()
                        .collect(Collectors.groupingBy(
                                (AvailabilityWindow w) -> w.advocateId,
                                Collectors.mapping(PreferenceMapper::toWindow, Collectors.toList())));
                return suited.stream()
                        .filter(p -> SessionFit.fits(
                                session.startsAt,
                                session.durationMinutes,
                                ZoneId.of(p.timeZone),
                                byAdvocate.getOrDefault(p.advocateId, List.of())))
                        .sorted(Comparator.comparingInt((AdvocatePreference p) -> rank(p, media))
                                .thenComparing(p -> p.advocateId.toString()))
                        .map(p -> p.advocateId)
                        .toList();
            });
        });
    }

    /** Where the first medium suiting the format comes in the person's preferred media, best 0; -1 when none. */
    private static int rank(AdvocatePreference preference, Set<String> media) {
        for (int i = 0; i < preference.preferredMedia.length; i++) {
            if (media.contains(preference.preferredMedia[i])) {
                return i;
            }
        }
        return -1;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
