package io.advocacy.advocate.privacy.service;

import io.advocacy.advocate.council.repository.FeedbackAnswer;
import io.advocacy.advocate.council.repository.FeedbackAnswerRepository;
import io.advocacy.advocate.council.repository.FeedbackResponseRepository;
import io.advocacy.advocate.council.repository.InvitationRepository;
import io.advocacy.advocate.council.repository.MembershipRepository;
import io.advocacy.advocate.identity.service.IdentityService;
import io.advocacy.advocate.mentor.service.MentorService;
import io.advocacy.advocate.privacy.rest.RelationshipsExport;
import io.advocacy.advocate.privacy.rest.RelationshipsExport.FeedbackGiven;
import io.advocacy.advocate.segment.repository.SegmentMemberRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Gathers, for an export, what the programme's features hold about a person; call within a session. */
@ApplicationScoped
public class RelationshipsExporter {

    private final IdentityService identities;
    private final MentorService mentors;
    private final SegmentMemberRepository segments;
    private final MembershipRepository memberships;
    private final InvitationRepository invitations;
    private final FeedbackResponseRepository responses;
    private final FeedbackAnswerRepository answers;

    public RelationshipsExporter(
            IdentityService identities,
            MentorService mentors,
            SegmentMemberRepository segments,
            MembershipRepository memberships,
            InvitationRepository invitations,
            FeedbackResponseRepository responses,
            FeedbackAnswerRepository answers) {
        this.identities = identities;
        this.mentors = mentors;
        this.segments = segments;
        this.memberships = memberships;
        this.invitations = invitations;
        this.responses = responses;
        this.answers = answers;
    }

    public Uni<RelationshipsExport> of(UUID id) {
        return identities.identities(id).chain(held -> identities
                .merges(id)
                .chain(merges -> identities.distinctMarks(id).chain(marks -> mentors.locale(id)
                        .chain(locale -> mentors.mentor(id).chain(mentor -> mentors.mentees(id)
                                .chain(mentees -> councils(id).chain(seats -> invitations(id)
                                        .chain(invited -> feedback(id).chain(feedback -> segments.segmentsOf(id)
                                                .map(in -> new RelationshipsExport(
                                                        held, merges, marks, locale, mentor, mentees, seats, invited,
                                                        feedback, in)))))))))));
    }

    private Uni<List<RelationshipsExport.CouncilSeat>> councils(UUID id) {
        return memberships.list("advocateId = ?1 order by startedAt", id).map(seats -> seats.stream()
                .map(m -> new RelationshipsExport.CouncilSeat(
                        m.councilId, m.startedAt, m.termEndsAt, m.endedAt, m.endReason))
                .toList());
    }

    private Uni<List<RelationshipsExport.CouncilInvitation>> invitations(UUID id) {
        return invitations.list("advocateId = ?1 order by invitedAt", id).map(all -> all.stream()
                .map(i -> new RelationshipsExport.CouncilInvitation(
                        i.councilId,
                        i.status == null ? null : i.status.toString(),
                        i.note,
                        i.invitedAt,
                        i.invitedBy,
                        i.respondedAt,
                        i.respondedBy))
                .toList());
    }

    private Uni<List<FeedbackGiven>> feedback(UUID id) {
        return responses.list("advocateId = ?1 order by submittedAt", id).chain(given -> {
            List<UUID> ids = given.stream().map(r -> r.id).toList();
            Uni<List<FeedbackAnswer>> found =
                    ids.isEmpty() ? Uni.createFrom().item(List.of()) : answers.list("responseId in ?1", ids);
            return found.map(all -> {
                Map<UUID, List<FeedbackAnswer>> byResponse =
                        all.stream().collect(Collectors.groupingBy(a -> a.responseId));
                return given.stream()
                        .map(r -> new FeedbackGiven(
                                r.requestId,
                                r.submittedAt,
                                r.submittedBy,
                                byResponse.getOrDefault(r.id, List.of()).stream()
                                        .sorted(Comparator.comparingInt(a -> a.position))
                                        .map(a -> new FeedbackGiven.Answer(a.position, a.text, a.score, a.choice))
                                        .toList()))
                        .toList();
            });
        });
    }
}
