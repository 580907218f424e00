package io.advocacy.recognition.award.messaging;

import io.advocacy.platform.consumer.EventHandlers;
import io.advocacy.platform.consumer.IdempotentConsumer;
import io.advocacy.platform.consumer.ReceivedEvent;
import io.advocacy.recognition.award.service.AwardService;
import io.advocacy.recognition.credential.service.RecipientIdentities;
import io.advocacy.recognition.criteria.repository.Fact;
import io.advocacy.recognition.criteria.repository.FactKind;
import io.advocacy.recognition.merge.messaging.AdvocateMerged;
import io.advocacy.recognition.merge.messaging.AdvocateUnmerged;
import io.advocacy.recognition.merge.service.PersonMerges;
import io.advocacy.recognition.spotlight.service.SpotlightService;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Reads what happens to people from {@code advocacy.advocates} (mentions, moves on the continuum, mentoring and council
 * terms), keeps it as facts and awards the badges they earn, once per event; keeps the person's hashed email for their
 * credentials, follows merges of two profiles into one person, and forgets what it holds of them when they are
 * erased.
 */
@ApplicationScoped
public class AdvocateUpdatesConsumer {

    private final IdempotentConsumer consumer;
    private final AwardService awards;
    private final SpotlightService spotlight;
    private final RecipientIdentities identities;
    private final PersonMerges merges;
    private final EventHandlers handlers;

    public AdvocateUpdatesConsumer(
            IdempotentConsumer consumer,
            AwardService awards,
            SpotlightService spotlight,
            RecipientIdentities identities,
            PersonMerges merges) {
        this.consumer = consumer;
        this.awards = awards;
        this.spotlight = spotlight;
        this.identities = identities;
        this.merges = merges;
        this.handlers = EventHandlers.forConsumer("recognition-service.advocates")
                .on(AdvocateUpdated.TYPE, AdvocateUpdated.class, this::onUpdated)
                .on(CategoryChanged.TYPE, CategoryChanged.class, this::onCategoryChanged)
                .on(MentoringEnded.TYPE, MentoringEnded.class, this::onMentoringEnded)
                .on(CouncilTermEnded.TYPE, CouncilTermEnded.class, this::onCouncilTermEnded)
                .on(AdvocateMerged.TYPE, AdvocateMerged.class, e -> merges.merged(e.data()))
                .on(AdvocateUnmerged.TYPE, AdvocateUnmerged.class, e -> merges.unmerged(e.data()))
                .on(AdvocateErased.TYPE, AdvocateErased.class, e -> identities
                        .erase(e.data().advocateId())
                        .chain(() -> awards.forget(e.data().advocateId())))
                .build();
    }

    @Incoming("advocates")
    @ActivateRequestContext
    public Uni<Void> consume(Message<String> message) {
        return consumer.consume(message, handlers);
    }

    /**
     * A positive mention (sentiment >= 0.05), which is also proposed for the spotlight, or a negative one (<= -0.05,
     * which breaks a streak of positives).
     */
    private Uni<Void> onUpdated(ReceivedEvent<AdvocateUpdated> event) {
        return identities
                .remember(event.data().advocateId(), event.data().email())
                .chain(() -> recognise(event));
    }

    private Uni<Void> recognise(ReceivedEvent<AdvocateUpdated> event) {
        AdvocateUpdated update = event.data();
        AdvocateUpdated.LastMention mention = update.lastMention();
        if (mention == null || mention.sentiment() == null) {
            Log.debugf("Update %s of advocate %s names no scored mention", event.id(), update.advocateId());
            return Uni.createFrom().voidItem();
        }
        String kind;
        if (mention.sentiment() >= AdvocateUpdated.POSITIVE) {
            kind = FactKind.POSITIVE_MENTION;
        } else if (mention.sentiment() <= AdvocateUpdated.NEGATIVE) {
            kind = FactKind.NEGATIVE_MENTION;
        } else {
            return Uni.createFrom().voidItem();
        }
        String ref =
                mention.mentionId() == null ? event.id() : mention.mentionId().toString();
        Uni<Void> recognised = awards.recognise(
                Fact.of(update.advocateId(), kind, Fact.firstKnown(mention.publishedAt(), event.time()), ref));
        if (!FactKind.POSITIVE_MENTION.equals(kind) || mention.mentionId() == null || mention.url() == null) {
            return recognised;
        }
        return recognised.chain(() -> spotlight.propose(
                update.advocateId(),
                mention.mentionId(),
                update.authorKey(),
                update.displayName(),
                mention.url(),
                mention.sentiment(),
                update.followers(),
                mention.publishedAt()));
    }

    private Uni<Void> onCategoryChanged(ReceivedEvent<CategoryChanged> event) {
        CategoryChanged change = event.data();
        Fact fact = Fact.of(change.advocateId(), FactKind.CATEGORY_REACHED, Fact.firstKnown(event.time()), event.id());
        fact.fromCategory = change.previousCategory();
        fact.toCategory = change.category();
        return awards.recognise(fact);
    }

    /** A newcomer who settled credits their mentor. */
    private Uni<Void> onMentoringEnded(ReceivedEvent<MentoringEnded> event) {
        MentoringEnded ended = event.data();
        if (!MentoringEnded.SETTLED.equals(ended.reason())) {
            return Uni.createFrom().voidItem();
        }
        String ref = ended.mentoringId() == null
                ? "mentee:" + ended.advocateId()
                : ended.mentoringId().toString();
        return awards.recognise(Fact.of(
                ended.mentorId(), FactKind.MENTEE_SETTLED, Fact.firstKnown(ended.endedAt(), event.time()), ref));
    }

    private Uni<Void> onCouncilTermEnded(ReceivedEvent<CouncilTermEnded> event) {
        CouncilTermEnded ended = event.data();
        if (!ended.served()) {
            return Uni.createFrom().voidItem();
        }
        String ref =
                ended.membershipId() == null ? event.id() : ended.membershipId().toString();
        return awards.recognise(Fact.of(
                ended.advocateId(), FactKind.COUNCIL_TERM_SERVED, Fact.firstKnown(ended.endedAt(), event.time()), ref));
    }
}
