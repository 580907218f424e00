package io.advocacy.platform.testing.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.advocacy.platform.testing.EventTopics;
import io.advocacy.platform.testing.RealInfrastructure;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** The checks every service's contract tests make, run inside a {@code @QuarkusTest} of the service. */
public final class ContractChecks {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);

    private ContractChecks() {}

    /**
     * The served {@code /asyncapi.yaml} parses and agrees with the service's configuration, its schemas and contracts
     * and the topic catalogue, and every schema and contract it references is served.
     */
    public static void assertAsyncApiDocument() {
        String yaml =
                given().get("/asyncapi.yaml").then().statusCode(200).extract().asString();
        AsyncApiDocument document = AsyncApiDocument.parse(yaml);
        Config config = ConfigProvider.getConfig();
        Path module = EventContracts.moduleDir();
        String groupId = config.getValue("kafka.group.id", String.class);

        assertThat(document.problems(module, groupId, configuredTopics()))
                .as("what is wrong with /asyncapi.yaml")
                .isEmpty();
        assertThat(document.types("send")).containsExactlyInAnyOrderElementsOf(EventContracts.publishedTypes(module));
        for (String type : EventContracts.publishedTypes(module)) {
            given().get("/events/" + type + ".json").then().statusCode(200);
        }
        for (String type : EventContracts.consumedTypes(module)) {
            given().get("/contracts/" + type + ".json").then().statusCode(200);
        }
    }

    /** The topics the service's configuration consumes and dead-letters to ({@code mp.messaging.incoming.*}). */
    public static Set<String> configuredTopics() {
        Config config = ConfigProvider.getConfig();
        Set<String> topics = new TreeSet<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("mp.messaging.incoming.")
                    && (name.endsWith(".topic") || name.endsWith(".dead-letter-queue.topic"))) {
                topics.add(config.getValue(name, String.class));
            }
        }
        return topics;
    }

    /**
     * Sends each contract's sample, as the producer would (fresh ids, so every run stands alone), to its topic and
     * waits until the consumer has applied it: its id is among the consumer's processed events, which are written
     * in the same transaction as the handler's effect. A sample the real handler rejected would be dead-lettered and
     * never appear there.
     */
    public static void assertSamplesAreHandled() {
        Path module = EventContracts.moduleDir();
        EventTopics topics = new EventTopics(RealInfrastructure.kafka().bootstrapServers());
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> sent = new LinkedHashMap<>();
        for (String type : EventContracts.consumedTypes(module)) {
            JsonNode sample = fresh(EventContracts.sample(module, type).deepCopy(), marker);
            String key =
                    sample.path("advocateId").asText(sample.path("authorKey").asText(marker));
            String id = UUID.randomUUID().toString();
            topics.sendCloudEvent(topicOf(type), key, type, id, sample.toString());
            sent.put(id, type);
        }
        Awaitility.await().atMost(WAIT).untilAsserted(() -> {
            List<String> pending = new ArrayList<>();
            sent.forEach((id, type) -> {
                if (!processed(id)) {
                    pending.add(type);
                }
            });
            assertThat(pending).as("samples not yet handled").isEmpty();
        });
    }

    /** The topic of a type, by its family: {@code io.advocacy.<family>.<name>.v<n>}. */
    public static String topicOf(String type) {
        String family = type.split("\\.")[2];
        switch (family) {
            case "mention":
                return "advocacy.mentions";
            case "advocate":
                return "advocacy.advocates";
            case "interaction":
                return "advocacy.interactions";
            case "badge":
            case "recognition":
                return "advocacy.recognitions";
            default:
                throw new IllegalArgumentException("No topic for " + type);
        }
    }

    /** Replaces every uuid with a fresh one and marks sample handles, so a sample is new each time it is sent. */
    private static JsonNode fresh(JsonNode node, String marker) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            List<String> names = new ArrayList<>();
            fields.forEachRemaining(field -> names.add(field.getKey()));
            for (String name : names) {
                JsonNode value = object.get(name);
                if (value.isTextual() && isUuid(value.asText())) {
                    object.set(name, new TextNode(UUID.randomUUID().toString()));
                } else if (value.isTextual() && value.asText().contains("contract-sample")) {
                    object.set(name, new TextNode(value.asText().replace("contract-sample", "contract-" + marker)));
                } else {
                    fresh(value, marker);
                }
            }
        }
        return node;
    }

    private static boolean isUuid(String text) {
        try {
            return UUID.fromString(text).toString().equals(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean processed(String eventId) {
        Config config = ConfigProvider.getConfig();
        try (var connection = DriverManager.getConnection(
                        config.getValue("quarkus.datasource.jdbc.url", String.class),
                        config.getValue("quarkus.datasource.username", String.class),
                        config.getValue("quarkus.datasource.password", String.class));
                var query = connection.prepareStatement("select count(*) from processed_event where event_id = ?")) {
            query.setString(1, eventId);
            try (var rows = query.executeQuery()) {
                return rows.next() && rows.getInt(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read processed_event", e);
        }
    }

    /** Parses a JSON text. */
    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
