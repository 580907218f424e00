package io.advocacy.listening.erasure;

import io.advocacy.platform.consumer.EventHandlers;
import io.advocacy.platform.consumer.IdempotentConsumer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Removes an erased person's mentions, author record and alerts from listening-service, once, when advocate-service
 * publishes their erasure. Mentions that are near-duplicates of theirs lose the link, not their own text.
 */
@ApplicationScoped
public class ErasureConsumer {

    /** Statements run in order, each with the author key as its only parameter. */
    private static final List<String> STATEMENTS = List.of(
            "update mention set duplicate_of = null where duplicate_of in (select id from mention where author_key = ?1)",
            "delete from alert where mention_id in (select id from mention where author_key = ?1) or author_key = ?1",
            "delete from mention_match where mention_id in (select id from mention where author_key = ?1)",
            "delete from mention where author_key = ?1",
            "delete from author where author_key = ?1");

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    public ErasureConsumer(IdempotentConsumer consumer) {
        this.consumer = consumer;
        this.handlers = EventHandlers.forConsumer("listening-service.advocates")
                .on("io.advocacy.advocate.erased.v1", AdvocateErased.class, event -> erase(event.data()))
                .build();
    }

    @Incoming("advocates")
    @ActivateRequestContext
    public Uni<Void> consume(Message<String> message) {
        return consumer.consume(message, handlers);
    }

    private Uni<Void> erase(AdvocateErased erased) {
        Log.debugf("Erasing the mentions of %s", erased.authorKey());
        return Multi.createFrom()
                .iterable(STATEMENTS)
                .onItem()
                .transformToUniAndConcatenate(
                        sql -> Panache.getSession().chain(session -> session.createNativeQuery(sql)
                                .setParameter(1, erased.authorKey())
                                .executeUpdate()))
                .collect()
                .last()
                .replaceWithVoid();
    }
}
