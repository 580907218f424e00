package io.advocacy.listening.insight.service;

import io.advocacy.listening.author.repository.Author;
import io.advocacy.listening.author.rest.AuthorView;
import io.advocacy.listening.insight.repository.Alert;
import io.advocacy.listening.insight.rest.AlertView;

/** Maps insight entities to the wire, in one place. */
final class InsightMapper {

    private InsightMapper() {}

    static AlertView toView(Alert a) {
        return new AlertView(
                a.id,
                a.programme,
                a.kind,
                a.mentionId,
                a.authorKey,
                a.authorReach,
                a.sentiment,
                a.reason,
                a.raisedAt,
                a.closedAt,
                a.closedBy);
    }

    static AuthorView toView(Author a) {
        return new AuthorView(
                a.authorKey,
                a.platform,
                a.handle,
                a.displayName,
                a.followers,
                a.mentions,
                a.engagement,
                a.reach,
                a.updatedAt);
    }
}
