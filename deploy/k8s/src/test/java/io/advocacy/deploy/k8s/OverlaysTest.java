package io.advocacy.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every overlay builds with kustomize and every object it produces validates against its kind's schema. */
class OverlaysTest {

    private static SchemaValidator validator;

    @BeforeAll
    static void loadSchemas() {
        validator = SchemaValidator.load();
    }

    static List<String> overlays() {
        return Platform.OVERLAYS;
    }

    static List<JsonNode> build(String overlay) {
        return Yaml.documents(
                Kustomize.build(ProjectRoot.get().resolve("deploy/k8s/overlays").resolve(overlay)));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyObjectOfTheOverlayValidatesAgainstItsSchema(String overlay) {
        List<JsonNode> objects = build(overlay);

        List<String> errors = new ArrayList<>();
        for (JsonNode object : objects) {
            for (String error : validator.validate(object)) {
                errors.add(object.path("kind").asText() + " "
                        + object.path("metadata").path("name").asText() + " " + error);
            }
        }

        assertThat(errors).isEmpty();
        var kinds = new TreeSet<String>();
        objects.forEach(o -> kinds.add(o.path("kind").asText()));
        assertThat(kinds)
                .contains(
                        "Deployment",
                        "Service",
                        "ConfigMap",
                        "HorizontalPodAutoscaler",
                        "PodDisruptionBudget",
                        "ServiceMonitor",
                        "NetworkPolicy",
                        "Kafka",
                        "KafkaNodePool",
                        "KafkaTopic",
                        "KafkaUser",
                        "Cluster",
                        "Keycloak",
                        "KeycloakRealmImport");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyObjectOfTheOverlayIsInItsNamespace(String overlay) {
        for (JsonNode object : build(overlay)) {
            if (!"Namespace".equals(object.path("kind").asText())) {
                assertThat(object.path("metadata").path("namespace").asText())
                        .as(object.path("kind").asText() + " "
                                + object.path("metadata").path("name").asText())
                        .isEqualTo("dev".equals(overlay) ? "advocacy-dev" : "advocacy");
            }
        }
    }

    @Test
    void theValidatorRefusesAFieldTheSchemaDoesNotDeclareAWrongTypeAndAnUnknownKind() {
        ObjectNode deployment = (ObjectNode) build("dev").stream()
                .filter(o -> "Deployment".equals(o.path("kind").asText()))
                .findFirst()
                .orElseThrow()
                .deepCopy();
        ObjectNode container = (ObjectNode) deployment.at("/spec/template/spec/containers/0");
        container.put("imagePullPolicyy", "Always");
        ((ObjectNode) deployment.at("/spec")).put("replicas", "three");
        ObjectNode topic = Yaml.JSON
                .createObjectNode()
                .put("apiVersion", "kafka.strimzi.io/v1")
                .put("kind", "KafkaTopik");

        assertThat(validator.validate(deployment))
                .anySatisfy(error -> assertThat(error).contains("imagePullPolicyy"))
                .anySatisfy(error -> assertThat(error).contains("replicas"));
        assertThat(validator.validate(topic)).containsExactly("no schema for kafka.strimzi.io/v1/KafkaTopik");
    }

    @Test
    void theValidatorRefusesACustomResourceThatBreaksItsCrd() {
        ObjectNode kafkaTopic = (ObjectNode) build("dev").stream()
                .filter(o -> "KafkaTopic".equals(o.path("kind").asText()))
                .findFirst()
                .orElseThrow()
                .deepCopy();
        ((ObjectNode) kafkaTopic.at("/spec")).put("partitions", "twelve").put("partitionz", 12);

        assertThat(validator.validate(kafkaTopic))
                .anySatisfy(error -> assertThat(error).contains("partitions"))
                .anySatisfy(error -> assertThat(error).contains("partitionz"));
    }
}
