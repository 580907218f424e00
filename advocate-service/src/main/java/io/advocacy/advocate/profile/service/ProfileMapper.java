package io.advocacy.advocate.profile.service;

import io.advocacy.advocate.continuum.Category;
import io.advocacy.advocate.profile.messaging.AdvocateEvents;
import io.advocacy.advocate.profile.messaging.MentionScored;
import io.advocacy.advocate.profile.repository.Advocate;
import io.advocacy.advocate.profile.repository.CategoryChange;
import io.advocacy.advocate.profile.repository.ProfileBadge;
import io.advocacy.advocate.profile.rest.AdvocateView;
import io.advocacy.advocate.profile.rest.CategoryChangeView;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Maps profiles between the database, the wire and events, in one place. */
public final class ProfileMapper {

    private ProfileMapper() {}

    public static AdvocateView toView(Advocate a, List<ProfileBadge> badges) {
        return new AdvocateView(
                a.id,
                a.authorKey,
                a.platform,
                a.handle,
                a.displayName,
                a.followers,
                a.stage,
                a.manager,
                a.category,
                a.category.fourA(),
                a.mentionCount,
                a.positiveMentions,
                a.negativeMentions,
                round(a.averageSentiment()),
                a.discoveredAt,
                a.lastMentionAt,
                badges.stream()
                        .map(b -> new AdvocateView.Badge(b.awardId, b.badgeCode, b.badgeName, b.awardedAt))
                        .toList(),
                a.email,
                a.emailVerified,
                a.mergedInto);
    }

    public static CategoryChangeView toView(CategoryChange c) {
        return new CategoryChangeView(
                c.from,
                c.to,
                c.changedAt,
                new CategoryChangeView.Evidence(c.mentionId, c.mentionCount, c.averageSentiment));
    }

    static AdvocateEvents.Discovered discovered(Advocate a) {
        return new AdvocateEvents.Discovered(
                a.id,
                a.authorKey,
                a.platform,
                a.handle,
                a.displayName,
                a.stage,
                a.category,
                a.category.fourA(),
                a.discoveredAt);
    }

    static AdvocateEvents.Updated updated(Advocate a, MentionScored mention) {
        return updated(
                a,
                new AdvocateEvents.LastMention(
                        mention.mentionId(), mention.sentiment(), mention.url(), mention.publishedAt()));
    }

    /** The update of a profile; {@code lastMention} is null when no mention caused it (a link, a merge, an unmerge). */
    public static AdvocateEvents.Updated updated(Advocate a, AdvocateEvents.LastMention lastMention) {
        return new AdvocateEvents.Updated(
                a.id,
                a.authorKey,
                a.displayName,
                a.followers,
                a.stage,
                a.category,
                a.category.fourA(),
                a.mentionCount,
                a.positiveMentions,
                a.negativeMentions,
                round(a.averageSentiment()),
                lastMention,
                a.manager,
                a.email);
    }

    public static AdvocateEvents.CategoryChanged categoryChanged(Advocate a, Category before, UUID mentionId) {
        return new AdvocateEvents.CategoryChanged(
                a.id,
                a.authorKey,
                before,
                a.category,
                before == null ? null : before.fourA(),
                a.category.fourA(),
                new AdvocateEvents.Evidence(mentionId, a.mentionCount, round(a.averageSentiment())),
                a.manager);
    }

    /** The record of a move on the continuum; {@code mentionId} is null when no mention caused it. */
    public static CategoryChange change(Advocate a, Category before, UUID mentionId) {
        CategoryChange change = new CategoryChange();
        change.id = UUID.randomUUID();
        change.advocateId = a.id;
        change.from = before;
        change.to = a.category;
        change.changedAt = OffsetDateTime.now(ZoneOffset.UTC);
        change.mentionId = mentionId;
        change.mentionCount = a.mentionCount;
        change.averageSentiment = round(a.averageSentiment());
        return change;
    }

    /** Rounds a mean to the four decimals the API and events show. */
    public static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
