package io.advocacy.platform.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.advocacy.platform.testing.TopicCatalogue;
import io.advocacy.platform.testing.TopicSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A service's AsyncAPI 3 document ({@code /asyncapi.yaml}) checked against what the service really does: every topic
 * it consumes or dead-letters to (from its configuration), every type it publishes (a schema each) and consumes (a
 * contract each) is in it, its topics have the catalogue's partitions and retention, its consumer groups are the
 * service's, and every reference in it resolves.
 */
public final class AsyncApiDocument {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final JsonNode root;

    private AsyncApiDocument(JsonNode root) {
        this.root = root;
    }

    /** Parses the document. */
    public static AsyncApiDocument parse(String yaml) {
        try {
            return new AsyncApiDocument(YAML.readTree(yaml));
        } catch (IOException e) {
            throw new UncheckedIOException("The AsyncAPI document does not parse", e);
        }
    }

    /** The topics of its channels. */
    public Set<String> topics() {
        Set<String> topics = new TreeSet<>();
        root.path("channels")
                .forEach(channel -> topics.add(channel.path("address").asText()));
        return topics;
    }

    /** The event types of its operations with this action ({@code send} or {@code receive}). */
    public Set<String> types(String action) {
        Set<String> types = new TreeSet<>();
        root.path("operations").forEach(operation -> {
            if (action.equals(operation.path("action").asText())) {
                operation
                        .path("messages")
                        .forEach(ref -> types.add(resolve(ref).path("name").asText()));
            }
        });
        return types;
    }

    /**
     * Everything wrong with the document; empty when it is right.
     *
     * @param module the service's module directory
     * @param groupId the service's consumer group ({@code kafka.group.id})
     * @param configuredTopics the topics the service's configuration consumes and dead-letters to
     */
    public List<String> problems(Path module, String groupId, Collection<String> configuredTopics) {
        List<String> problems = new ArrayList<>();
        if (!root.path("asyncapi").asText().startsWith("3.")) {
            problems.add("not an AsyncAPI 3 document: asyncapi is " + root.path("asyncapi"));
        }
        Map<String, TopicSpec> catalogue =
                TopicCatalogue.all().stream().collect(Collectors.toMap(TopicSpec::name, Function.identity()));
        root.path("channels").fields().forEachRemaining(entry -> {
            String topic = entry.getValue().path("address").asText();
            TopicSpec spec = catalogue.get(topic);
            JsonNode kafka = entry.getValue().path("bindings").path("kafka");
            if (spec == null) {
                problems.add("channel " + entry.getKey() + ": " + topic + " is not in advocacy-topics.tsv");
                return;
            }
            if (kafka.path("partitions").asInt(-1) != spec.partitions()) {
                problems.add("channel " + entry.getKey() + ": partitions " + kafka.path("partitions") + ", catalogue "
                        + spec.partitions());
            }
            String retention =
                    kafka.path("topicConfiguration").path("retention.ms").asText();
            if (!retention.equals(spec.configs().get("retention.ms"))) {
                problems.add("channel " + entry.getKey() + ": retention.ms " + retention + ", catalogue "
                        + spec.configs().get("retention.ms"));
            }
        });
        Set<String> missing = new TreeSet<>(configuredTopics);
        missing.removeAll(topics());
        missing.forEach(topic -> problems.add("the configured topic " + topic + " is not a channel"));

        Set<String> published = new HashSet<>(EventContracts.publishedTypes(module));
        Set<String> consumed = new HashSet<>(EventContracts.consumedTypes(module));
        compare("published", published, types("send"), problems);
        compare("consumed", consumed, types("receive"), problems);

        root.path("operations").fields().forEachRemaining(entry -> {
            JsonNode operation = entry.getValue();
            resolve(operation.path("channel"));
            if ("receive".equals(operation.path("action").asText())) {
                JsonNode groups =
                        operation.path("bindings").path("kafka").path("groupId").path("enum");
                if (groups.size() != 1 || !groupId.equals(groups.get(0).asText())) {
                    problems.add(
                            "operation " + entry.getKey() + ": consumer group " + groups + ", configured " + groupId);
                }
            }
            operation.path("messages").forEach(ref -> {
                JsonNode message = resolve(ref);
                String type = message.path("name").asText();
                String payload = message.path("payload").path("$ref").asText();
                String expected =
                        ("send".equals(operation.path("action").asText()) ? "events/" : "contracts/") + type + ".json";
                if (!payload.equals(expected)) {
                    problems.add(type + ": payload " + payload + ", expected " + expected);
                }
                if (!Files.isRegularFile(
                        module.resolve("src/main/resources/META-INF/resources").resolve(payload))) {
                    problems.add(type + ": payload " + payload + " does not exist");
                }
                if (!type.equals(message.path("headers")
                        .path("properties")
                        .path("ce_type")
                        .path("const")
                        .asText())) {
                    problems.add(type + ": the ce_type header is not " + type);
                }
            });
        });
        return problems;
    }

    private static void compare(String what, Set<String> files, Set<String> documented, List<String> problems) {
        Set<String> undocumented = new TreeSet<>(files);
        undocumented.removeAll(documented);
        undocumented.forEach(type -> problems.add(what + " type " + type + " is not in the document"));
        Set<String> unknown = new TreeSet<>(documented);
        unknown.removeAll(files);
        unknown.forEach(type -> problems.add("the document's " + what + " type " + type + " has no schema file"));
    }

    /** Follows local references ({@code #/...}) until a node that is not one. */
    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref") && current.path("$ref").asText().startsWith("#"); hops++) {
            String pointer = current.path("$ref").asText().substring(1);
            JsonNode target = root.at(pointer);
            if (target.isMissingNode() || hops > 10) {
                throw new AssertionError("The reference " + current.path("$ref") + " does not resolve");
            }
            current = target;
        }
        return current;
    }

    /** Reads a module file as text. */
    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
