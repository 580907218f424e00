package io.advocacy.listening.spam;

import io.advocacy.listening.author.repository.Author;
import io.advocacy.listening.author.repository.AuthorRepository;
import io.advocacy.listening.mention.repository.Mention;
import io.advocacy.listening.mention.repository.MentionRepository;
import io.advocacy.listening.mention.service.Ingested;
import io.advocacy.listening.mention.service.Outcome;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Screens new original mentions before they are published: held authors' mentions are held, and the spam rules catch
 * link farms and bot-like rates. Runs inside the ingestion transaction.
 */
@ApplicationScoped
public class SpamFilter {

    private final AuthorRepository authors;
    private final MentionRepository mentions;

    public SpamFilter(AuthorRepository authors, MentionRepository mentions) {
        this.authors = authors;
        this.mentions = mentions;
    }

    /** Returns the mentions in the same order, each accepted one either still accepted, spam or held. */
    public Uni<Map<String, Ingested>> screen(Map<String, Ingested> classified) {
        List<String> keys = classified.values().stream()
                .filter(i -> i.outcome() == Outcome.ACCEPTED)
                .map(i -> i.mention().authorKey)
                .distinct()
                .toList();
        if (keys.isEmpty()) {
            return Uni.createFrom().item(classified);
        }
        OffsetDateTime hourAgo = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1);
        return authors.list("authorKey in ?1 and held = true", keys)
                .map(held -> held.stream().collect(Collectors.toMap(a -> a.authorKey, Function.identity())))
                .chain(held ->
                        mentions.countSinceByAuthor(keys, hourAgo).map(recent -> apply(classified, held, recent)));
    }

    private static Map<String, Ingested> apply(
            Map<String, Ingested> classified, Map<String, Author> held, Map<String, Long> recent) {
        Map<String, Long> seen = new HashMap<>(recent);
        Map<String, Ingested> screened = new LinkedHashMap<>();
        classified.forEach((key, ingested) -> {
            if (ingested.outcome() != Outcome.ACCEPTED) {
                screened.put(key, ingested);
                return;
            }
            Mention mention = ingested.mention();
            long count = seen.merge(mention.authorKey, 1L, Long::sum);
            Author holder = held.get(mention.authorKey);
            if (holder != null) {
                mention.status = "held";
                mention.spamReason = "author held by " + holder.heldBy + ": " + holder.heldReason;
                screened.put(key, new Ingested(mention, Outcome.HELD, ingested.matches()));
                return;
            }
            var reason = SpamRules.reason(mention.text, count);
            if (reason.isPresent()) {
                mention.status = "spam";
                mention.spamReason = reason.get();
                screened.put(key, new Ingested(mention, Outcome.SPAM, ingested.matches()));
            } else {
                screened.put(key, ingested);
            }
        });
        return screened;
    }
}
