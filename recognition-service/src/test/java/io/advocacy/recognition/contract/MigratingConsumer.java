package io.advocacy.recognition.contract;

import io.advocacy.platform.consumer.EventHandlers;
import io.advocacy.platform.consumer.IdempotentConsumer;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Test only, in {@link TypeMigrationTest}'s profile: a consumer in the middle of a migration from a test type's
 * {@code .v1} to its breaking {@code .v2}, handling both side by side, each read through its own record and checked
 * against its own contract ({@code src/test/resources/META-INF/resources/contracts}).
 */
@ApplicationScoped
@IfBuildProperty(name = "advocacy.test.migration", stringValue = "true")
public class MigratingConsumer {

    static final String V1 = "io.advocacy.test.greeting.v1";
    static final String V2 = "io.advocacy.test.greeting.v2";

    /** Who was greeted, by advocate id, and by which version. */
    static final Map<UUID, String> GREETED = new ConcurrentHashMap<>();

    record GreetingV1(UUID advocateId, String name) {}

    record GreetingV2(UUID advocateId, Name name) {
        record Name(String given, String family) {}
    }

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    public MigratingConsumer(IdempotentConsumer consumer) {
        this.consumer = consumer;
        this.handlers = EventHandlers.forConsumer("recognition-service.migration-test")
                .on(
                        V1,
                        GreetingV1.class,
                        e -> greet(e.data().advocateId(), "v1 " + e.data().name()))
                .on(
                        V2,
                        GreetingV2.class,
                        e -> greet(
                                e.data().advocateId(),
                                "v2 " + e.data().name().given() + " "
                                        + e.data().name().family()))
                .build();
    }

    @Incoming("migration")
    @ActivateRequestContext
    public Uni<Void> consume(Message<String> message) {
        return consumer.consume(message, handlers);
    }

    private static Uni<Void> greet(UUID advocateId, String greeting) {
        GREETED.put(advocateId, greeting);
        return Uni.createFrom().voidItem();
    }
}
