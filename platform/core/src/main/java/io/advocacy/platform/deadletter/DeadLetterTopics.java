package io.advocacy.platform.deadletter;

import java.util.List;
import java.util.TreeSet;
import org.eclipse.microprofile.config.Config;

/** The dead-letter topics of this service: every incoming channel's {@code dead-letter-queue.topic}. */
final class DeadLetterTopics {

    private DeadLetterTopics() {}

    static List<String> of(Config config) {
        TreeSet<String> topics = new TreeSet<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("mp.messaging.incoming.") && name.endsWith(".dead-letter-queue.topic")) {
                config.getOptionalValue(name, String.class).ifPresent(topics::add);
            }
        }
        return List.copyOf(topics);
    }
}
