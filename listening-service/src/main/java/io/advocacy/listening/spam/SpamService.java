package io.advocacy.listening.spam;

import io.advocacy.listening.author.repository.AuthorRepository;
import io.advocacy.listening.mention.repository.Mention;
import io.advocacy.listening.mention.repository.MentionRepository;
import io.advocacy.listening.mention.service.MentionService;
import io.advocacy.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** A manager's say on spam: marking a mention as spam holds its author's later mentions until they are released. */
@ApplicationScoped
public class SpamService {

    private final MentionRepository mentions;
    private final AuthorRepository authors;
    private final MentionService stream;

    public SpamService(MentionRepository mentions, AuthorRepository authors, MentionService stream) {
        this.mentions = mentions;
        this.authors = authors;
        this.stream = stream;
    }

    /** Marks the mention as spam and holds its author; answers the mention. */
    @WithTransaction
    public Uni<Mention> markSpam(UUID mentionId, String reason, String by) {
        return mentions.findById(mentionId)
                .plug(ProblemException.orNotFound("Mention", mentionId))
                .call(mention -> {
                    mention.status = "spam";
                    mention.spamReason = "marked by " + by + ": " + reason;
                    return authors.findById(mention.authorKey).invoke(author -> {
                        if (author != null) {
                            author.held = true;
                            author.heldReason = reason;
                            author.heldBy = by;
                            author.heldAt = OffsetDateTime.now(ZoneOffset.UTC);
                        }
                    });
                });
    }

    /** Stops holding the author and publishes their held mentions, oldest first; answers how many were released. */
    @WithTransaction
    public Uni<Integer> release(String authorKey) {
        return authors.findById(authorKey)
                .plug(ProblemException.orNotFound("Author", authorKey))
                .invoke(author -> author.held = false)
                .chain(author -> mentions.heldOf(authorKey))
                .chain(held -> Multi.createFrom()
                        .iterable(held)
                        .onItem()
                        .transformToUniAndConcatenate(mention -> {
                            mention.status = "published";
                            mention.spamReason = null;
                            return mentions.matchesOf(mention.id).chain(matches -> stream.publish(mention, matches));
                        })
                        .collect()
                        .asList()
                        .map(published -> held.size()));
    }
}
