package io.advocacy.advocate.council.service;

import io.advocacy.advocate.council.messaging.CouncilEvents;
import io.advocacy.advocate.council.repository.Council;
import io.advocacy.advocate.council.repository.Invitation;
import io.advocacy.advocate.council.repository.InvitationStatus;
import io.advocacy.advocate.council.repository.Membership;
import io.advocacy.advocate.council.rest.CouncilView;
import io.advocacy.advocate.council.rest.InvitationView;
import java.util.List;

/** Maps councils, invitations and memberships between the database, the wire and events, in one place. */
final class CouncilMapper {

    private CouncilMapper() {}

    static CouncilView toView(Council c, List<Membership> memberships, List<Invitation> invitations) {
        List<CouncilView.Member> current = memberships.stream()
                .filter(Membership::isCurrent)
                .map(CouncilMapper::member)
                .toList();
        List<CouncilView.Member> alumni = memberships.stream()
                .filter(m -> !m.isCurrent())
                .map(CouncilMapper::member)
                .toList();
        int offered = count(invitations, InvitationStatus.OFFERED);
        return new CouncilView(
                c.id,
                c.name,
                c.purpose,
                c.seats,
                c.term,
                c.chairId,
                current.size(),
                offered,
                Math.max(0, c.seats - current.size() - offered),
                count(invitations, InvitationStatus.WAITLISTED),
                current,
                alumni,
                c.createdAt,
                c.createdBy);
    }

    static InvitationView toView(Invitation i, Integer position) {
        return new InvitationView(
                i.id,
                i.councilId,
                i.advocateId,
                i.status,
                position,
                i.note,
                i.invitedAt,
                i.invitedBy,
                i.offeredAt,
                i.respondedAt,
                i.respondedBy);
    }

    /** Invitations with their waiting-list positions. */
    static List<InvitationView> toViews(List<Invitation> invitations) {
        List<Invitation> waitlist = invitations.stream()
                .filter(i -> i.status == InvitationStatus.WAITLISTED)
                .toList();
        return invitations.stream()
                .map(i -> toView(i, i.status == InvitationStatus.WAITLISTED ? waitlist.indexOf(i) + 1 : null))
                .toList();
    }

    static CouncilEvents.CouncilJoined joined(Council c, Membership m, String by) {
        return new CouncilEvents.CouncilJoined(m.advocateId, c.id, c.name, m.id, m.startedAt, m.termEndsAt, by);
    }

    static CouncilEvents.CouncilTermEnded termEnded(Council c, Membership m, boolean wasChair) {
        return new CouncilEvents.CouncilTermEnded(
                m.advocateId, c.id, c.name, m.id, m.startedAt, m.termEndsAt, m.endedAt, m.endReason, wasChair);
    }

    private static CouncilView.Member member(Membership m) {
        return new CouncilView.Member(m.advocateId, m.id, m.startedAt, m.termEndsAt, m.endedAt, m.endReason);
    }

    private static int count(List<Invitation> invitations, InvitationStatus status) {
        return (int) invitations.stream().filter(i -> i.status == status).count();
    }
}
