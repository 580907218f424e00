package io.advocacy.advocate.segment.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.advocacy.advocate.profile.repository.Advocate;
import io.advocacy.advocate.segment.repository.Segment;
import io.advocacy.advocate.segment.rest.MemberView;
import io.advocacy.advocate.segment.rest.SegmentView;
import java.time.OffsetDateTime;

/** Maps segments and their members to the wire, in one place. */
final class SegmentMapper {

    private SegmentMapper() {}

    static SegmentView toView(Segment s, JsonNode rule, long members) {
        return new SegmentView(
                s.id,
                s.name,
                s.description,
                rule,
                s.timeDependent,
                members,
                s.createdAt,
                s.createdBy,
                s.updatedAt,
                s.updatedBy,
                s.evaluatedAt);
    }

    static MemberView toView(Advocate a, OffsetDateTime joinedAt) {
        return new MemberView(
                a.id,
                a.authorKey,
                a.displayName,
                a.stage,
                a.category,
                a.category.fourA(),
                a.followers,
                a.mentionCount,
                Math.round(a.averageSentiment() * 10_000) / 10_000.0,
                a.lastMentionAt,
                a.manager,
                joinedAt);
    }
}
