package io.advocacy.platform.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Consumer-driven contract checks. A consuming service keeps, for each event type it consumes,
 * {@code src/main/resources/META-INF/resources/contracts/<type>.json}: a JSON Schema of the fields it relies on
 * ({@code required} the ones it cannot do without) with a sample in {@code examples}. The producer keeps the type's
 * schema in {@code src/main/resources/META-INF/resources/events/<type>.json} of its own module, found here beside the
 * consumer's module. A contract holds when the producer's schema publishes every field the consumer reads with a type
 * the consumer accepts, requires (and never nulls) every field the consumer requires, and accepts the sample; so a
 * producer that drops, renames or retypes a field a consumer relies on fails the consumer's build.
 */
public final class EventContracts {

    /** Where a producer keeps its schemas, under a module. */
    public static final String PUBLISHED = "src/main/resources/META-INF/resources/events";

    /** Where a consumer keeps its contracts, under a module. */
    public static final String CONSUMED = "src/main/resources/META-INF/resources/contracts";

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private EventContracts() {}

    /** The module the tests run in: surefire's working directory. */
    public static Path moduleDir() {
        return Path.of("").toAbsolutePath();
    }

    /** The types this module consumes: one contract file each. */
    public static List<String> consumedTypes(Path module) {
        return typesIn(module.resolve(CONSUMED));
    }

    /** The types this module publishes: one schema file each. */
    public static List<String> publishedTypes(Path module) {
        return typesIn(module.resolve(PUBLISHED));
    }

    /** The sample of a consumed type, from its contract's {@code examples}. */
    public static JsonNode sample(Path module, String type) {
        JsonNode examples =
                read(module.resolve(CONSUMED).resolve(type + ".json")).path("examples");
        if (!examples.isArray() || examples.isEmpty()) {
            throw new AssertionError("The contract of " + type + " has no sample in examples");
        }
        return examples.get(0);
    }

    /** The producer's schema of a type: the one module beside this one that publishes it. */
    public static Path producerSchema(Path module, String type) {
        try (Stream<Path> siblings = Files.list(module.getParent())) {
            List<Path> found = siblings.map(
                            sibling -> sibling.resolve(PUBLISHED).resolve(type + ".json"))
                    .filter(Files::isRegularFile)
                    .toList();
            if (found.size() != 1) {
                throw new AssertionError("Expected one producer of " + type + " beside " + module + ", found " + found);
            }
            return found.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything wrong with every contract of this module against its producer's schema; empty when all hold. */
    public static List<String> problems(Path module) {
        List<String> problems = new ArrayList<>();
        for (String type : consumedTypes(module)) {
            JsonNode contract = read(module.resolve(CONSUMED).resolve(type + ".json"));
            JsonNode producer = read(producerSchema(module, type));
            problems.addAll(problems(type, contract, producer));
        }
        return problems;
    }

    /** Everything wrong with one contract against one producer schema, each naming the type and the field. */
    public static List<String> problems(String type, JsonNode contract, JsonNode producer) {
        List<String> problems = new ArrayList<>();
        if (!type.equals(producer.path("title").asText())) {
            problems.add(type + ": the producer's schema is titled " + producer.path("title"));
        }
        compare(type, "", contract, producer, problems);
        Schema producerSchema = REGISTRY.getSchema(producer);
        Schema contractSchema = REGISTRY.getSchema(contract);
        for (JsonNode sample : contract.path("examples")) {
            for (Error error : producerSchema.validate(sample)) {
                // A sample holds only the fields the consumer reads; what else the producer requires is not its part.
                if (!"required".equals(error.getKeyword())) {
                    problems.add(type + ": the sample breaks the producer's schema: " + error.getMessage());
                }
            }
            for (Error error : contractSchema.validate(sample)) {
                problems.add(type + ": the sample breaks its own contract: " + error.getMessage());
            }
        }
        return problems;
    }

    private static void compare(String type, String path, JsonNode reads, JsonNode publishes, List<String> problems) {
        Set<String> producerRequires = texts(publishes.path("required"));
        Set<String> consumerRequires = texts(reads.path("required"));
        reads.path("properties").fields().forEachRemaining(field -> {
            String name = field.getKey();
            String where = type + ": " + path + name;
            JsonNode read = field.getValue();
            JsonNode published = publishes.path("properties").path(name);
            if (published.isMissingNode()) {
                problems.add(where + " is read by the consumer but not published by the producer");
                return;
            }
            Set<String> accepted = types(read);
            Set<String> sent = types(published);
            if (!accepted.isEmpty()) {
                for (String t : sent.isEmpty() ? Set.of("any") : sent) {
                    boolean fits = accepted.contains(t) || ("integer".equals(t) && accepted.contains("number"));
                    if (!fits) {
                        problems.add(where + " is published as " + sent + " but read as " + accepted);
                        break;
                    }
                }
            }
            if (read.has("format") && !read.path("format").equals(published.path("format"))) {
                problems.add(where + " is read with format " + read.path("format") + " but published with "
                        + published.path("format"));
            }
            if (consumerRequires.contains(name)) {
                if (!producerRequires.contains(name)) {
                    problems.add(where + " is relied on by the consumer but optional in the producer's schema");
                } else if (sent.contains("null") && !accepted.contains("null")) {
                    problems.add(where + " is relied on by the consumer but may be null in the producer's schema");
                }
            }
            if (read.has("properties")) {
                compare(type, path + name + ".", read, published, problems);
            }
        });
    }

    private static Set<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        Set<String> types = new HashSet<>();
        if (type.isTextual()) {
            types.add(type.asText());
        } else {
            type.forEach(t -> types.add(t.asText()));
        }
        return types;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new HashSet<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static List<String> typesIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".json"))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a JSON file. */
    public static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
