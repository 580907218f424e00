package io.advocacy.interaction.session.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Stored participants of sessions. */
@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<SessionParticipant, UUID> {

    /** A session's participants in the order they were added. */
    public Uni<List<SessionParticipant>> of(UUID sessionId) {
        return list("sessionId", Sort.ascending("position"), sessionId);
    }

    /** One advocate's place in a session, or null. */
    public Uni<SessionParticipant> find(UUID sessionId, UUID advocateId) {
        return find("sessionId = ?1 and advocateId = ?2", sessionId, advocateId).firstResult();
    }

    /** The first on the session's waitlist, or null when nobody waits. */
    public Uni<SessionParticipant> firstWaiting(UUID sessionId) {
        return find(
                        "sessionId = ?1 and status = ?2",
                        Sort.ascending("position"),
                        sessionId,
                        SessionParticipant.WAITLISTED)
                .firstResult();
    }
}
