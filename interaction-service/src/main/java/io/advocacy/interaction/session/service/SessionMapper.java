package io.advocacy.interaction.session.service;

import io.advocacy.interaction.session.repository.GroupSession;
import io.advocacy.interaction.session.repository.SessionParticipant;
import io.advocacy.interaction.session.rest.SessionRequest;
import io.advocacy.interaction.session.rest.SessionView;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Maps sessions between the wire and the database, in one place. */
public final class SessionMapper {

    private SessionMapper() {}

    static GroupSession toEntity(SessionRequest request, int capacity, String createdBy, OffsetDateTime now) {
        GroupSession session = new GroupSession();
        session.id = UUID.randomUUID();
        session.format = request.format();
        session.topic = request.topic().strip();
        session.programme = request.programme() == null || request.programme().isBlank()
                ? null
                : request.programme().strip();
        session.manager = request.manager().strip();
        session.startsAt =
                request.startsAt().withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        session.durationMinutes = request.durationMinutes();
        session.capacity = capacity;
        session.createdBy = createdBy;
        session.createdAt = now;
        return session;
    }

    static SessionView toView(GroupSession session, List<SessionParticipant> participants) {
        return new SessionView(
                session.id,
                session.format,
                session.topic,
                session.programme,
                session.manager,
                session.startsAt,
                session.durationMinutes,
                session.capacity,
                count(participants, SessionParticipant.INVITED),
                count(participants, SessionParticipant.WAITLISTED),
                count(participants, SessionParticipant.DEFERRED),
                participants.stream()
                        .map(p -> new SessionView.Participant(
                                p.advocateId, p.status, p.position, p.interactionId, p.deferredReason, p.deferredUntil))
                        .toList());
    }

    private static int count(List<SessionParticipant> participants, String status) {
        return (int) participants.stream().filter(p -> status.equals(p.status)).count();
    }
}
