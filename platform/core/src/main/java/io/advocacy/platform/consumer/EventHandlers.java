package io.advocacy.platform.consumer;

import io.smallrye.mutiny.Uni;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What one consumer does with each event type it subscribes to. Types of other families on the same topic are
 * skipped; a known family at a version the consumer does not know is poison (it goes to the dead-letter topic).
 */
public final class EventHandlers {

    /** One handled type: the consumer's own record of its data, and the effect to apply once. */
    record Route<T>(Class<T> dataType, Function<ReceivedEvent<T>, Uni<Void>> effect) {}

    private final String consumer;
    private final Map<String, Route<?>> routes;

    private EventHandlers(String consumer, Map<String, Route<?>> routes) {
        this.consumer = consumer;
        this.routes = Map.copyOf(routes);
    }

    /**
     * Starts the handlers of one consumer.
     *
     * @param consumer a name unique within the service, under which processed events are remembered
     */
    public static Builder forConsumer(String consumer) {
        return new Builder(consumer);
    }

    String consumer() {
        return consumer;
    }

    Optional<Route<?>> route(String type) {
        return Optional.ofNullable(routes.get(type));
    }

    /** True when the type belongs to a family this consumer handles, at any version. */
    boolean knowsFamilyOf(String type) {
        String family = family(type);
        return routes.keySet().stream().anyMatch(known -> family(known).equals(family));
    }

    private static String family(String type) {
        int lastDot = type.lastIndexOf('.');
        return lastDot > 0 && type.substring(lastDot + 1).matches("v\\d+") ? type.substring(0, lastDot) : type;
    }

    /** Collects the handled types. */
    public static final class Builder {
        private final String consumer;
        private final Map<String, Route<?>> routes = new LinkedHashMap<>();

        private Builder(String consumer) {
            this.consumer = consumer;
        }

        public <T> Builder on(String type, Class<T> dataType, Function<ReceivedEvent<T>, Uni<Void>> effect) {
            routes.put(type, new Route<>(dataType, effect));
            return this;
        }

        public EventHandlers build() {
            return new EventHandlers(consumer, routes);
        }
    }
}
