package io.advocacy.advocate.council.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Invitations to councils. */
@ApplicationScoped
public class InvitationRepository implements PanacheRepositoryBase<Invitation, UUID> {

    private static final Sort QUEUE = Sort.ascending("invitedAt").and("id");

    public Uni<List<Invitation>> ofCouncil(UUID councilId) {
        return list("councilId", QUEUE, councilId);
    }

    public Uni<Long> countOffered(UUID councilId) {
        return count("councilId = ?1 and status = ?2", councilId, InvitationStatus.OFFERED);
    }

    /** The waiting list, first invited first. */
    public Uni<List<Invitation>> waitlisted(UUID councilId) {
        return list("councilId = ?1 and status = ?2", QUEUE, councilId, InvitationStatus.WAITLISTED);
    }

    /** The advocate's offered or waitlisted invitation to the council, or null. */
    public Uni<Invitation> openOf(UUID councilId, UUID advocateId) {
        return find(
                        "councilId = ?1 and advocateId = ?2 and status in ?3",
                        councilId,
                        advocateId,
                        List.of(InvitationStatus.OFFERED, InvitationStatus.WAITLISTED))
                .firstResult();
    }
}
