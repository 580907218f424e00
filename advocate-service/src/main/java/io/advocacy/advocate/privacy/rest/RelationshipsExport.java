package io.advocacy.advocate.privacy.rest;

import io.advocacy.advocate.identity.rest.DistinctView;
import io.advocacy.advocate.identity.rest.IdentityView;
import io.advocacy.advocate.identity.rest.MergeView;
import io.advocacy.advocate.mentor.rest.LocaleView;
import io.advocacy.advocate.mentor.rest.MenteesView;
import io.advocacy.advocate.mentor.rest.MentorView;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What the programme's features hold about a person beyond the profile: who they are across platforms, their locale,
 * mentoring, councils and the segments they are in.
 */
public record RelationshipsExport(
        List<IdentityView> identities,
        List<MergeView> merges,
        List<DistinctView> distinctMarks,
        LocaleView locale,
        MentorView mentor,
        MenteesView mentees,
        List<CouncilSeat> councilSeats,
        List<CouncilInvitation> councilInvitations,
        List<FeedbackGiven> feedbackGiven,
        List<UUID> segments) {

    /** A seat held on a council, for one term. */
    public record CouncilSeat(
            UUID councilId,
            OffsetDateTime startedAt,
            OffsetDateTime termEndsAt,
            OffsetDateTime endedAt,
            String endReason) {}

    /** An invitation to a council and its answer. */
    public record CouncilInvitation(
            UUID councilId,
            String status,
            String note,
            OffsetDateTime invitedAt,
            String invitedBy,
            OffsetDateTime respondedAt,
            String respondedBy) {}

    /** Structured feedback the person gave to a council's request, answer by question position. */
    public record FeedbackGiven(UUID requestId, OffsetDateTime submittedAt, String submittedBy, List<Answer> answers) {

        /** One answer: text, a score or a choice. */
        public record Answer(int position, String text, Integer score, String choice) {}
    }
}
