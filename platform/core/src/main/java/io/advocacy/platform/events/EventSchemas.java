package io.advocacy.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The JSON Schemas (2020-12) of events, read from the classpath and checked with networknt's validator, formats
 * ({@code uuid}, {@code date-time}) asserted. A producing service keeps the schema of each type it publishes in
 * {@code META-INF/resources/events/<type>.json}, which Quarkus also serves at {@code /events/<type>.json}; a consuming
 * service keeps what it relies on of each type it consumes in {@code META-INF/resources/contracts/<type>.json}, served at {@code /contracts/<type>.json}.
 */
public final class EventSchemas {

    /** Where a producer's schemas are on its classpath. */
    public static final String PUBLISHED = "META-INF/resources/events/";

    /** Where a consumer's contracts (the fields it relies on, as a schema) are on its classpath. */
    public static final String CONSUMED = "META-INF/resources/contracts/";

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private final String folder;
    private final Map<String, Optional<Schema>> byType = new ConcurrentHashMap<>();

    private EventSchemas(String folder) {
        this.folder = folder;
    }

    /** The schemas of the events this service publishes. */
    public static EventSchemas published() {
        return new EventSchemas(PUBLISHED);
    }

    /** The contracts of the events this service consumes. */
    public static EventSchemas consumed() {
        return new EventSchemas(CONSUMED);
    }

    /** Reads one schema document. */
    public static Schema read(InputStream in) {
        try {
            return read(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one schema document given as a tree. */
    public static Schema read(JsonNode schema) {
        return withOwnClassLoader(() -> REGISTRY.getSchema(schema));
    }

    /**
     * Runs with this class's loader as the thread's context loader: the validator loads its parts through the
     * context loader, which on an event-loop thread of a Quarkus test is not the application's.
     */
    private static <T> T withOwnClassLoader(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(EventSchemas.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** The schema of a type, or empty when this service has none. */
    public Optional<Schema> of(String type) {
        return byType.computeIfAbsent(type, this::load);
    }

    /** Every way the data breaks the schema, one line each ({@code /path: message}); empty when it conforms. */
    public static List<String> violations(Schema schema, JsonNode data) {
        return withOwnClassLoader(
                () -> schema.validate(data).stream().map(EventSchemas::describe).toList());
    }

    private static String describe(Error error) {
        String location = error.getInstanceLocation().toString();
        String message = error.getMessage();
        return message.startsWith(location + ": ") || message.startsWith(location + " ")
                ? message
                : location + ": " + message;
    }

    private Optional<Schema> load(String type) {
        if (!type.matches("[a-z0-9.-]+")) {
            return Optional.empty();
        }
        try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(folder + type + ".json")) {
            return in == null ? Optional.empty() : Optional.of(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
