package io.advocacy.advocate.profile.service;

import io.advocacy.advocate.continuum.Category;
import io.advocacy.advocate.continuum.Cause;
import io.advocacy.advocate.continuum.Evidence;
import io.advocacy.advocate.profile.messaging.AdvocateEvents;
import io.advocacy.advocate.profile.messaging.MentionScored;
import io.advocacy.advocate.profile.repository.Advocate;
import io.advocacy.advocate.profile.repository.CategoryChange;
import io.advocacy.advocate.profile.repository.ProfileBadge;
import io.advocacy.advocate.profile.rest.AdvocateView;
import io.advocacy.advocate.profile.rest.CategoryChangeView;
import io.advocacy.advocate.profile.rest.StandingView;
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
                new CategoryChangeView.Evidence(
                        c.mentionId,
                        c.mentionCount,
                        c.averageSentiment,
                        c.trigger,
                        c.interactionId,
                        c.windowFrom,
                        c.windowTo,
                        c.positiveMentions,
                        c.negativeMentions,
                        c.activeWeeks,
                        c.engagedWeeks,
                        c.reach,
                        c.attended,
                        c.missed));
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

    /** The evidence in a person's window, as the API shows it. */
    public static StandingView.Evidence toView(Evidence e) {
        return new StandingView.Evidence(
                e.from(),
                e.to(),
                e.mentions(),
                round(e.mean()),
                e.positive(),
                e.negative(),
                e.activeWeeks(),
                e.engagedWeeks(),
                e.reach(),
                e.attended(),
                e.missed());
    }

    /** The event of a move, from its record. */
    public static AdvocateEvents.CategoryChanged categoryChanged(Advocate a, CategoryChange c) {
        return new AdvocateEvents.CategoryChanged(
                a.id,
                a.authorKey,
                c.from,
                c.to,
                c.from == null ? null : c.from.fourA(),
                c.to.fourA(),
                new AdvocateEvents.Evidence(
                        c.mentionId,
                        c.mentionCount,
                        c.averageSentiment,
                        c.trigger,
                        c.interactionId,
                        c.windowFrom,
                        c.windowTo,
                        c.positiveMentions,
                        c.negativeMentions,
                        c.activeWeeks,
                        c.engagedWeeks,
                        c.reach,
                        c.attended,
                        c.missed),
                a.manager);
    }

    /** The record of a move on the continuum to where the person stands now, with its cause and evidence. */
    public static CategoryChange change(Advocate a, Category before, Cause cause, Evidence e) {
        CategoryChange change = new CategoryChange();
        change.id = UUID.randomUUID();
        change.advocateId = a.id;
        change.from = before;
        change.to = a.category;
        // A person is placed the moment they are discovered; later moves happen when they are made.
        change.changedAt =
                before == null && a.discoveredAt != null ? a.discoveredAt : OffsetDateTime.now(ZoneOffset.UTC);
        change.trigger = cause.trigger();
        change.mentionId = cause.mentionId();
        change.interactionId = cause.interactionId();
        change.mentionCount = e.mentions();
        change.averageSentiment = round(e.mean());
        change.windowFrom = e.from();
        change.windowTo = e.to();
        change.positiveMentions = e.positive();
        change.negativeMentions = e.negative();
        change.activeWeeks = e.activeWeeks();
        change.engagedWeeks = e.engagedWeeks();
        change.reach = e.reach();
        change.attended = e.attended();
        change.missed = e.missed();
        return change;
    }

    /** Rounds a mean to the four decimals the API and events show. */
    public static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
