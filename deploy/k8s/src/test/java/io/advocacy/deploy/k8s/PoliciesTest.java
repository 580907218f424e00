package io.advocacy.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.advocacy.platform.testing.TopicCatalogue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules that matter hold in every overlay, and breaking one is caught. */
class PoliciesTest {

    private final Policies policies = new Policies(
            TopicCatalogue.all(),
            Platform.SERVICES.stream()
                    .map(service -> ServiceTopics.read(ProjectRoot.get(), service))
                    .toList());

    static List<String> overlays() {
        return Platform.OVERLAYS;
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyOverlayKeepsEveryRule(String overlay) {
        assertThat(policies.violations(OverlaysTest.build(overlay))).isEmpty();
    }

    @Test
    void productionImportsTheRealmWithoutTheLocalStacksDemoPeopleAndSecrets() {
        JsonNode realm = OverlaysTest.build("production").stream()
                .filter(o -> "KeycloakRealmImport".equals(o.path("kind").asText()))
                .findFirst()
                .orElseThrow()
                .at("/spec/realm");

        assertThat(realm.path("realm").asText()).isEqualTo("advocacy");
        assertThat(realm.has("users")).isFalse();
        assertThat(realm.path("clients")).isNotEmpty().allSatisfy(client -> assertThat(client.has("secret"))
                .as(client.path("clientId").asText())
                .isFalse());
    }

    @Test
    void theServicesTopicsAreReadFromTheirCode() {
        ServiceTopics advocate = ServiceTopics.read(ProjectRoot.get(), "advocate-service");

        assertThat(advocate.consumed()).contains("advocacy.mentions", "advocacy.recognitions");
        assertThat(advocate.deadLetters()).contains("advocacy.mentions.advocate-service.dlq");
        assertThat(advocate.published()).contains("advocacy.advocates");
    }

    @Test
    void aBrokenManifestBreaksTheRulesItBreaks() {
        List<JsonNode> objects = OverlaysTest.build("production").stream()
                .map(o -> (JsonNode) o.deepCopy())
                .filter(o -> !("NetworkPolicy".equals(o.path("kind").asText())
                        && "recognition-service".equals(o.at("/metadata/name").asText())))
                .filter(o -> !("KafkaTopic".equals(o.path("kind").asText())
                        && "advocacy.interactions.recognition-service.dlq"
                                .equals(o.at("/metadata/name").asText())))
                .toList();
        ObjectNode listening = find(objects, "Deployment", "listening-service");
        ObjectNode container = (ObjectNode) listening.at("/spec/template/spec/containers/0");
        ((ObjectNode) container.at("/resources")).remove("limits");
        container.remove("startupProbe");
        ObjectNode security = (ObjectNode) container.at("/securityContext");
        security.put("readOnlyRootFilesystem", false);
        security.put("allowPrivilegeEscalation", true);
        ((ObjectNode) security.at("/capabilities")).putArray("add").add("NET_ADMIN");
        security.remove("runAsNonRoot");
        ((ObjectNode) listening.at("/spec/template/spec/securityContext")).remove("runAsNonRoot");
        ArrayNode acls =
                (ArrayNode) find(objects, "KafkaUser", "interaction-service").at("/spec/authorization/acls");
        acls.addObject()
                .<ObjectNode>set(
                        "resource",
                        Yaml.JSON
                                .createObjectNode()
                                .put("type", "topic")
                                .put("name", "advocacy.recognitions")
                                .put("patternType", "literal"))
                .putArray("operations")
                .add("Read");
        ((ObjectNode) find(objects, "HorizontalPodAutoscaler", "advocate-service")
                        .at("/spec"))
                .put("maxReplicas", 13);

        assertThat(policies.violations(objects))
                .contains(
                        "Deployment listening-service container listening-service has no cpu limits",
                        "Deployment listening-service container listening-service has no memory limits",
                        "Deployment listening-service container listening-service has no startupProbe",
                        "Deployment listening-service container listening-service may run as root (runAsNonRoot is not true)",
                        "Deployment listening-service container listening-service has a writable root filesystem",
                        "Deployment listening-service container listening-service allows privilege escalation",
                        "Deployment listening-service container listening-service keeps capabilities (drop ALL, add none)",
                        "recognition-service has no NetworkPolicy of its own",
                        "topic advocacy.interactions.recognition-service.dlq has no KafkaTopic",
                        "KafkaUser interaction-service has an ACL on advocacy.recognitions, a topic its code does not use",
                        "HorizontalPodAutoscaler advocate-service may run 13 replicas, more than the 12 partitions of"
                                + " advocacy.mentions");
    }

    private static ObjectNode find(List<JsonNode> objects, String kind, String name) {
        return (ObjectNode) objects.stream()
                .filter(o -> kind.equals(o.path("kind").asText())
                        && name.equals(o.at("/metadata/name").asText()))
                .findFirst()
                .orElseThrow();
    }
}
