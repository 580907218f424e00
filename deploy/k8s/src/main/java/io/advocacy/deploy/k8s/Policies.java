package io.advocacy.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import io.advocacy.platform.testing.TopicSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules every overlay keeps: hardened, bounded and probed containers; a KafkaTopic for every topic; for every
 * service a NetworkPolicy behind a default deny, a KafkaUser whose ACLs name only its own topics, and an autoscaler
 * that never runs more consumers than its topics have partitions.
 *
 * @param catalogue the platform's topic catalogue
 * @param services the topics each service's code names
 */
public record Policies(List<TopicSpec> catalogue, List<ServiceTopics> services) {

    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob");

    /** Every rule {@code objects} break, each named with the object; empty when they keep them all. */
    public List<String> violations(List<JsonNode> objects) {
        List<String> violations = new ArrayList<>();
        for (JsonNode object : objects) {
            if (WORKLOADS.contains(object.path("kind").asText())) {
                containers(object, violations);
            }
        }
        topics(objects, violations);
        defaultDeny(objects, violations);
        for (ServiceTopics service : services) {
            service(objects, service, violations);
        }
        return violations;
    }

    private static void containers(JsonNode workload, List<String> violations) {
        JsonNode podSpec = "CronJob".equals(workload.path("kind").asText())
                ? workload.path("spec")
                        .path("jobTemplate")
                        .path("spec")
                        .path("template")
                        .path("spec")
                : workload.path("spec").path("template").path("spec");
        boolean podNonRoot =
                podSpec.path("securityContext").path("runAsNonRoot").asBoolean(false);
        List<JsonNode> containers = new ArrayList<>();
        podSpec.path("initContainers").forEach(containers::add);
        podSpec.path("containers").forEach(containers::add);
        if (containers.isEmpty()) {
            violations.add(name(workload) + " has no containers");
        }
        for (JsonNode container : containers) {
            String where =
                    name(workload) + " container " + container.path("name").asText();
            JsonNode resources = container.path("resources");
            for (String kind : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    if (resources.path(kind).path(resource).isMissingNode()) {
                        violations.add(where + " has no " + resource + " " + kind);
                    }
                }
            }
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                if (container.path(probe).isMissingNode()) {
                    violations.add(where + " has no " + probe);
                }
            }
            JsonNode security = container.path("securityContext");
            boolean nonRoot = security.path("runAsNonRoot").isBoolean()
                    ? security.path("runAsNonRoot").asBoolean()
                    : podNonRoot;
            if (!nonRoot) {
                violations.add(where + " may run as root (runAsNonRoot is not true)");
            }
            if (!security.path("readOnlyRootFilesystem").asBoolean(false)) {
                violations.add(where + " has a writable root filesystem");
            }
            if (security.path("allowPrivilegeEscalation").asBoolean(true)) {
                violations.add(where + " allows privilege escalation");
            }
            boolean dropsAll = false;
            for (JsonNode capability : security.path("capabilities").path("drop")) {
                dropsAll |= "ALL".equals(capability.asText());
            }
            if (!dropsAll || security.path("capabilities").path("add").size() > 0) {
                violations.add(where + " keeps capabilities (drop ALL, add none)");
            }
        }
    }

    private void topics(List<JsonNode> objects, List<String> violations) {
        Set<String> declared = new TreeSet<>();
        for (JsonNode topic : ofKind(objects, "KafkaTopic")) {
            declared.add(topicName(topic));
        }
        Set<String> needed = new TreeSet<>();
        catalogue.forEach(topic -> needed.add(topic.name()));
        services.forEach(service -> needed.addAll(service.all()));
        for (String topic : needed) {
            if (!declared.contains(topic)) {
                violations.add("topic " + topic + " has no KafkaTopic");
            }
        }
    }

    private static void defaultDeny(List<JsonNode> objects, List<String> violations) {
        boolean found = false;
        for (JsonNode policy : ofKind(objects, "NetworkPolicy")) {
            JsonNode spec = policy.path("spec");
            boolean allPods = spec.path("podSelector").isObject()
                    && spec.path("podSelector").isEmpty();
            Set<String> types = new TreeSet<>();
            spec.path("policyTypes").forEach(type -> types.add(type.asText()));
            found |= allPods
                    && types.containsAll(Set.of("Ingress", "Egress"))
                    && spec.path("ingress").isEmpty()
                    && spec.path("egress").isEmpty();
        }
        if (!found) {
            violations.add("no NetworkPolicy denies all ingress and egress by default");
        }
    }

    private void service(List<JsonNode> objects, ServiceTopics service, List<String> violations) {
        String name = service.service();
        Optional<JsonNode> deployment = named(objects, "Deployment", name);
        if (deployment.isEmpty()) {
            violations.add(name + " has no Deployment");
            return;
        }
        JsonNode podLabels =
                deployment.get().path("spec").path("template").path("metadata").path("labels");
        boolean isolated = false;
        for (JsonNode policy : ofKind(objects, "NetworkPolicy")) {
            JsonNode selector = policy.path("spec").path("podSelector").path("matchLabels");
            isolated |= selector.size() > 0 && selects(selector, podLabels);
        }
        if (!isolated) {
            violations.add(name + " has no NetworkPolicy of its own");
        }
        for (String kind : List.of("Service", "PodDisruptionBudget", "ServiceMonitor", "HorizontalPodAutoscaler")) {
            if (named(objects, kind, name).isEmpty()) {
                violations.add(name + " has no " + kind);
            }
        }
        kafkaUser(objects, service, violations);
        autoscaler(objects, service, violations);
    }

    private static void kafkaUser(List<JsonNode> objects, ServiceTopics service, List<String> violations) {
        String name = service.service();
        Optional<JsonNode> user = named(objects, "KafkaUser", name);
        if (user.isEmpty()) {
            violations.add(name + " has no KafkaUser");
            return;
        }
        Map<String, Set<String>> operations = new HashMap<>();
        for (JsonNode acl : user.get().path("spec").path("authorization").path("acls")) {
            JsonNode resource = acl.path("resource");
            String type = resource.path("type").asText();
            String resourceName = resource.path("name").asText();
            if (!"literal".equals(resource.path("patternType").asText("literal")) || "*".equals(resourceName)) {
                violations.add("KafkaUser " + name + " has an ACL on more than one " + type + ": " + resourceName);
            }
            if ("topic".equals(type)) {
                if (!service.all().contains(resourceName)) {
                    violations.add(
                            "KafkaUser " + name + " has an ACL on " + resourceName + ", a topic its code does not use");
                }
                Set<String> ops = operations.computeIfAbsent(resourceName, k -> new TreeSet<>());
                acl.path("operations").forEach(op -> ops.add(op.asText()));
            } else if ("group".equals(type)
                    && !name.equals(resourceName)
                    // the group that reads the service's dead-letter topics for GET /dead-letters and the replay
                    && !(name + "-dead-letter-replay").equals(resourceName)) {
                violations.add("KafkaUser " + name + " has an ACL on the consumer group " + resourceName);
            } else if (!"topic".equals(type) && !"group".equals(type)) {
                violations.add("KafkaUser " + name + " has an ACL on a " + type);
            }
        }
        for (String topic : service.consumed()) {
            if (!operations.getOrDefault(topic, Set.of()).contains("Read")) {
                violations.add("KafkaUser " + name + " may not read " + topic + ", which it consumes");
            }
        }
        Set<String> written = new TreeSet<>(service.published());
        written.addAll(service.deadLetters());
        for (String topic : written) {
            if (!operations.getOrDefault(topic, Set.of()).contains("Write")) {
                violations.add("KafkaUser " + name + " may not write " + topic + ", which it writes");
            }
        }
    }

    private void autoscaler(List<JsonNode> objects, ServiceTopics service, List<String> violations) {
        Optional<JsonNode> autoscaler = named(objects, "HorizontalPodAutoscaler", service.service());
        if (autoscaler.isEmpty()) {
            return;
        }
        int max = autoscaler.get().path("spec").path("maxReplicas").asInt();
        for (String topic : service.consumed()) {
            int partitions = partitions(objects, topic);
            if (max > partitions) {
                violations.add("HorizontalPodAutoscaler " + service.service() + " may run " + max
                        + " replicas, more than the " + partitions + " partitions of " + topic);
            }
        }
    }

    private static int partitions(List<JsonNode> objects, String topic) {
        for (JsonNode kafkaTopic : ofKind(objects, "KafkaTopic")) {
            if (topic.equals(topicName(kafkaTopic))) {
                return kafkaTopic.path("spec").path("partitions").asInt();
            }
        }
        return 0;
    }

    private static boolean selects(JsonNode selector, JsonNode labels) {
        for (var it = selector.fields(); it.hasNext(); ) {
            var entry = it.next();
            if (!entry.getValue().asText().equals(labels.path(entry.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    private static String topicName(JsonNode kafkaTopic) {
        return kafkaTopic
                .path("spec")
                .path("topicName")
                .asText(kafkaTopic.path("metadata").path("name").asText());
    }

    private static List<JsonNode> ofKind(List<JsonNode> objects, String kind) {
        return objects.stream()
                .filter(o -> kind.equals(o.path("kind").asText()))
                .toList();
    }

    private static Optional<JsonNode> named(List<JsonNode> objects, String kind, String name) {
        return ofKind(objects, kind).stream()
                .filter(o -> name.equals(o.path("metadata").path("name").asText()))
                .findFirst();
    }

    private static String name(JsonNode object) {
        return object.path("kind").asText() + " "
                + object.path("metadata").path("name").asText();
    }
}
