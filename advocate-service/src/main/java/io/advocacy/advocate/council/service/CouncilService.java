package io.advocacy.advocate.council.service;

import io.advocacy.advocate.council.messaging.CouncilEvents;
import io.advocacy.advocate.council.repository.Council;
import io.advocacy.advocate.council.repository.CouncilRepository;
import io.advocacy.advocate.council.repository.Invitation;
import io.advocacy.advocate.council.repository.InvitationRepository;
import io.advocacy.advocate.council.repository.InvitationStatus;
import io.advocacy.advocate.council.repository.Membership;
import io.advocacy.advocate.council.repository.MembershipRepository;
import io.advocacy.advocate.council.rest.CouncilView;
import io.advocacy.advocate.council.rest.InvitationRequest;
import io.advocacy.advocate.council.rest.InvitationView;
import io.advocacy.advocate.council.rest.NewCouncilRequest;
import io.advocacy.advocate.council.rest.RotationView;
import io.advocacy.advocate.profile.messaging.AdvocateEvents;
import io.advocacy.advocate.profile.repository.AdvocateRepository;
import io.advocacy.platform.events.EventPublisher;
import io.advocacy.platform.events.OutgoingEvent;
import io.advocacy.platform.problem.ProblemException;
import io.advocacy.platform.rest.Page;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Councils, their seats and terms. Every decision about a council's seats is taken under a lock on the council's row,
 * so current members and offered invitations together never exceed its seats.
 */
@ApplicationScoped
public class CouncilService {

    private final CouncilRepository councils;
    private final InvitationRepository invitations;
    private final MembershipRepository memberships;
    private final AdvocateRepository advocates;
    private final EventPublisher events;

    public CouncilService(
            CouncilRepository councils,
            InvitationRepository invitations,
            MembershipRepository memberships,
            AdvocateRepository advocates,
            EventPublisher events) {
        this.councils = councils;
        this.invitations = invitations;
        this.memberships = memberships;
        this.advocates = advocates;
        this.events = events;
    }

    @WithTransaction
    public Uni<CouncilView> create(NewCouncilRequest request, String by) {
        Council council = new Council();
        council.id = UUID.randomUUID();
        council.name = request.name().strip();
        council.purpose = request.purpose().strip();
        council.seats = request.seats();
        council.term = request.term();
        council.createdAt = now();
        council.createdBy = by;
        return councils.persist(council).chain(this::view);
    }

    @WithSession
    public Uni<CouncilView> get(UUID id) {
        return existing(id).chain(this::view);
    }

    @WithSession
    public Uni<Page<CouncilView>> page(int page, int size) {
        return councils.page(page, size)
                .chain(list -> list.isEmpty()
                        ? Uni.createFrom().item(List.<CouncilView>of())
                        : Multi.createFrom()
                                .iterable(list)
                                .onItem()
                                .transformToUniAndConcatenate(this::view)
                                .collect()
                                .asList())
                .chain(views -> councils.count().map(total -> new Page<>(views, page, size, total)));
    }

    /**
     * Invites an advocate: offered a seat when one is free, else on the waiting list.
     *
     * @throws ProblemException 404 for an unknown council or advocate, 409 when they are a member or already invited
     */
    @WithTransaction
    public Uni<InvitationView> invite(UUID councilId, InvitationRequest request, String by) {
        UUID advocateId = request.advocateId();
        return locked(councilId)
                .call(council ->
                        advocates.findById(advocateId).plug(ProblemException.orNotFound("Advocate", advocateId)))
                .call(council -> memberships.currentOf(councilId, advocateId).invoke(current -> {
                    if (current != null) {
                        throw conflict("advocate " + advocateId + " is already a member of council " + council.name
                                + " until " + current.termEndsAt);
                    }
                }))
                .call(council -> invitations.openOf(councilId, advocateId).invoke(open -> {
                    if (open != null) {
                        throw conflict("advocate " + advocateId + " is already invited to council " + council.name
                                + " (invitation " + open.id + ", " + open.status.wireName() + ")");
                    }
                }))
                .chain(council -> freeSeats(council).chain(free -> {
                    Invitation invitation = new Invitation();
                    invitation.id = UUID.randomUUID();
                    invitation.councilId = councilId;
                    invitation.advocateId = advocateId;
                    invitation.note = request.note();
                    invitation.invitedAt = now();
                    invitation.invitedBy = by;
                    invitation.status = free > 0 ? InvitationStatus.OFFERED : InvitationStatus.WAITLISTED;
                    invitation.offeredAt = free > 0 ? invitation.invitedAt : null;
                    return invitations.persist(invitation);
                }))
                .chain(invitation -> viewOf(invitation));
    }

    @WithSession
    public Uni<List<InvitationView>> invitations(UUID councilId) {
        return existing(councilId)
                .chain(council -> invitations.ofCouncil(councilId))
                .map(CouncilMapper::toViews);
    }

    /**
     * The invitee takes their seat, for one term from now.
     *
     * @throws ProblemException 403 when the caller may not act for the invitee, 409 when the invitation was answered
     *     already or every seat is taken or offered to others
     */
    @WithTransaction
    public Uni<InvitationView> accept(UUID councilId, UUID invitationId, Caller caller) {
        return locked(councilId).chain(council -> answerable(council, invitationId, caller)
                .call(invitation -> invitation.status == InvitationStatus.WAITLISTED
                        ? requireFreeSeat(council, invitation)
                        : Uni.createFrom().voidItem())
                .call(invitation -> join(council, invitation, caller.name()))
                .chain(this::viewOf));
    }

    /** The invitee declines; a seat kept for them is offered to the next on the waiting list. */
    @WithTransaction
    public Uni<InvitationView> decline(UUID councilId, UUID invitationId, Caller caller) {
        return locked(councilId).chain(council -> answerable(council, invitationId, caller)
                .call(invitation -> {
                    boolean heldSeat = invitation.status == InvitationStatus.OFFERED;
                    respond(invitation, InvitationStatus.DECLINED, caller.name());
                    return heldSeat ? offerFreeSeats(council) : Uni.createFrom().voidItem();
                })
                .chain(this::viewOf));
    }

    /** Appoints a current member to chair the council. */
    @WithTransaction
    public Uni<CouncilView> appointChair(UUID councilId, UUID advocateId) {
        return locked(councilId)
                .call(council -> memberships.currentOf(councilId, advocateId).invoke(member -> {
                    if (member == null) {
                        throw conflict("advocate " + advocateId + " is not a current member of council " + council.name
                                + "; only a member can chair it");
                    }
                    council.chairId = advocateId;
                }))
                .call(councils::flush)
                .chain(this::view);
    }

    /**
     * Ends the terms that are over (those members become alumni of the council, and a chair among them leaves the
     * chair empty) and offers every free seat to the waiting list, first invited first.
     */
    @WithTransaction
    public Uni<RotationView> rotate(UUID councilId) {
        OffsetDateTime now = now();
        return locked(councilId).chain(council -> memberships
                .expired(councilId, now)
                .call(expired -> endTerms(council, expired, now))
                .chain(expired -> offerFreeSeats(council)
                        .map(offered -> new RotationView(
                                councilId,
                                expired.stream().map(m -> m.advocateId).toList(),
                                offered.stream().map(i -> i.id).toList()))));
    }

    private Uni<Void> endTerms(Council council, List<Membership> expired, OffsetDateTime now) {
        Uni<Void> all = Uni.createFrom().voidItem();
        for (Membership m : expired) {
            m.endedAt = now;
            m.endReason = Membership.TERM_ENDED;
            boolean wasChair = m.advocateId.equals(council.chairId);
            if (wasChair) {
                council.chairId = null;
            }
            Log.debugf("Term of %s on council %s ended", m.advocateId, council.id);
            all = all.chain(() -> events.publish(new OutgoingEvent(
                    AdvocateEvents.TOPIC,
                    CouncilEvents.CouncilTermEnded.TYPE,
                    m.advocateId.toString(),
                    CouncilMapper.termEnded(council, m, wasChair))));
        }
        return all.chain(memberships::flush);
    }

    /** Offers as many waitlisted invitations, first invited first, as there are free seats; answers those offered. */
    private Uni<List<Invitation>> offerFreeSeats(Council council) {
        return freeSeats(council)
                .chain(free -> free <= 0
                        ? Uni.createFrom().item(List.<Invitation>of())
                        : invitations.waitlisted(council.id).map(waiting -> {
                            List<Invitation> offered =
                                    new ArrayList<>(waiting.subList(0, (int) Math.min(free, waiting.size())));
                            OffsetDateTime now = now();
                            offered.forEach(i -> {
                                i.status = InvitationStatus.OFFERED;
                                i.offeredAt = now;
                            });
                            return offered;
                        }))
                .call(invitations::flush);
    }

    private Uni<Void> join(Council council, Invitation invitation, String by) {
        respond(invitation, InvitationStatus.ACCEPTED, by);
        Membership m = new Membership();
        m.id = UUID.randomUUID();
        m.councilId = council.id;
        m.advocateId = invitation.advocateId;
        m.invitationId = invitation.id;
        m.startedAt = invitation.respondedAt;
        m.termEndsAt = Terms.end(council.term, m.startedAt);
        Log.debugf("%s joined council %s until %s", m.advocateId, council.id, m.termEndsAt);
        return memberships
                .persist(m)
                .chain(() -> events.publish(new OutgoingEvent(
                        AdvocateEvents.TOPIC,
                        CouncilEvents.CouncilJoined.TYPE,
                        m.advocateId.toString(),
                        CouncilMapper.joined(council, m, by))))
                .chain(memberships::flush);
    }

    private Uni<Invitation> answerable(Council council, UUID invitationId, Caller caller) {
        return invitations
                .findById(invitationId)
                .map(i -> i != null && i.councilId.equals(council.id) ? i : null)
                .plug(ProblemException.orNotFound("Invitation", invitationId))
                .invoke(invitation -> {
                    if (!caller.mayActFor().test(invitation.advocateId)) {
                        throw new ProblemException(
                                403, "Forbidden", "an advocate may only answer their own invitations");
                    }
                    if (!invitation.status.isOpen()) {
                        throw conflict("invitation " + invitation.id + " was " + invitation.status.wireName()
                                + " already, at " + invitation.respondedAt);
                    }
                });
    }

    private Uni<Void> requireFreeSeat(Council council, Invitation invitation) {
        return freeSeats(council)
                .chain(free -> free > 0
                        ? Uni.createFrom().voidItem()
                        : invitations.waitlisted(council.id).invoke(waiting -> {
                            throw new ProblemException(
                                    409,
                                    "Council Full",
                                    "council " + council.name + " (" + council.id + ") has all its " + council.seats
                                            + " seats taken or offered; invitation " + invitation.id
                                            + " stays on the waiting list at position "
                                            + (waiting.indexOf(invitation) + 1)
                                            + " and is offered a seat when one frees up");
                        }))
                .replaceWithVoid();
    }

    private Uni<Long> freeSeats(Council council) {
        return memberships
                .flush()
                .chain(() -> memberships.countCurrent(council.id))
                .chain(members ->
                        invitations.countOffered(council.id).map(offered -> council.seats - members - offered));
    }

    private Uni<InvitationView> viewOf(Invitation invitation) {
        if (invitation.status != InvitationStatus.WAITLISTED) {
            return Uni.createFrom().item(CouncilMapper.toView(invitation, null));
        }
        return invitations
                .waitlisted(invitation.councilId)
                .map(waiting -> CouncilMapper.toView(invitation, waiting.indexOf(invitation) + 1));
    }

    private Uni<CouncilView> view(Council council) {
        return memberships.ofCouncil(council.id).chain(members -> invitations
                .ofCouncil(council.id)
                .map(invited -> CouncilMapper.toView(council, members, invited)));
    }

    private Uni<Council> locked(UUID id) {
        return councils.lockById(id).plug(ProblemException.orNotFound("Council", id));
    }

    private Uni<Council> existing(UUID id) {
        return councils.findById(id).plug(ProblemException.orNotFound("Council", id));
    }

    private static void respond(Invitation invitation, InvitationStatus status, String by) {
        invitation.status = status;
        invitation.respondedAt = now();
        invitation.respondedBy = by;
    }

    private static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
