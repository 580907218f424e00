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
import java.util.LinkedHashMap;
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
        Map<String, Author> wanted = new LinkedHashMap<>();
        mentions.forEach(m -> wanted.putIfAbsent(m.authorKey, newAuthor(m)));
        return authors.lockOrCreate(List.copyOf(wanted.values()))
                .invoke(locked -> {
                    Map<String, Author> byKey =
                            locked.stream().collect(Collectors.toMap(a -> a.authorKey, Function.identity()));
                    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                    for (Mention mention : mentions) {
                        Author author = byKey.get(mention.authorKey);
                        author.followers = mention.authorFollowers;
                        author.displayName = mention.authorName;
                        author.mentions++;
                        author.engagement += mention.engagement;
                        author.reach = ReachScore.of(author.followers, author.engagement, author.mentions);
                        author.updatedAt = now;
                        mention.authorReach = author.reach;
                    }
                })
                .replaceWithVoid();
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
        author.displayName = mention.authorName;
        return author;
    }
}
