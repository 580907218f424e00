package io.advocacy.listening.author.service;

import io.advocacy.listening.author.repository.Author;
import io.advocacy.listening.author.repository.AuthorRepository;
import io.advocacy.listening.mention.repository.Mention;
import io.advocacy.platform.rest.Page;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Keeps each author's reach up to date as their mentions are stored. */
@ApplicationScoped
public class AuthorService {

    private final AuthorRepository authors;

    public AuthorService(AuthorRepository authors) {
        this.authors = authors;
    }

    /**
     * Counts new stored mentions towards their authors, recomputes each author's reach and writes it on the mentions;
     * call within the transaction that stores them.
     */
    public Uni<Void> record(List<Mention> mentions) {
        if (mentions.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<String> keys = mentions.stream().map(m -> m.authorKey).distinct().toList();
        return authors.findByKeys(keys)
                .map(found -> found.stream().collect(Collectors.toMap(a -> a.authorKey, Function.identity())))
                .chain(known -> {
                    Map<String, Author> byKey = new HashMap<>(known);
                    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                    for (Mention mention : mentions) {
                        Author author = byKey.computeIfAbsent(mention.authorKey, key -> newAuthor(mention));
                        author.followers = mention.authorFollowers;
                        author.displayName = mention.authorName;
                        author.mentions++;
                        author.engagement += mention.engagement;
                        author.reach = ReachScore.of(author.followers, author.engagement, author.mentions);
                        author.updatedAt = now;
                        mention.authorReach = author.reach;
                    }
                    List<Author> fresh = byKey.values().stream()
                            .filter(a -> !known.containsKey(a.authorKey))
                            .toList();
                    return fresh.isEmpty() ? Uni.createFrom().voidItem() : authors.persist(fresh);
                });
    }

    @WithSession
    public Uni<Page<Author>> top(String platform, int page, int size) {
        return authors.top(platform, page, size)
                .chain(items -> authors.count(platform).map(total -> new Page<>(items, page, size, total)));
    }

    private static Author newAuthor(Mention mention) {
        Author author = new Author();
        author.authorKey = mention.authorKey;
        author.platform = mention.platform;
        author.handle = mention.authorHandle;
        return author;
    }
}
