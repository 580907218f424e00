package io.advocacy.deploy.k8s;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.advocacy.platform.testing.TopicSpec;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The Strimzi KafkaTopic of every topic in the platform's topic catalogue, dead-letter topics included. */
public final class TopicManifests {

    /** Where the manifests are kept, from the project root. */
    public static final String PATH = "deploy/k8s/base/kafka/topics.yaml";

    private TopicManifests() {}

    /** The manifests, one YAML document per topic, in the catalogue's order. */
    public static String render(List<TopicSpec> topics) {
        StringBuilder out =
                new StringBuilder(Generate.header("platform/testing/src/main/resources/advocacy-topics.tsv"));
        for (TopicSpec topic : topics) {
            ObjectNode manifest = Yaml.JSON.createObjectNode();
            manifest.put("apiVersion", "kafka.strimzi.io/v1");
            manifest.put("kind", "KafkaTopic");
            ObjectNode metadata = manifest.putObject("metadata");
            metadata.put("name", topic.name());
            metadata.putObject("labels").put("strimzi.io/cluster", Platform.KAFKA_CLUSTER);
            ObjectNode spec = manifest.putObject("spec");
            spec.put("partitions", topic.partitions());
            // Replicas follow the cluster's default.replication.factor, which each overlay sets.
            ObjectNode config = spec.putObject("config");
            for (Map.Entry<String, String> entry : new TreeMap<>(topic.configs()).entrySet()) {
                config.put(entry.getKey(), configValue(entry.getValue()));
            }
            out.append("---\n").append(Yaml.write(manifest));
        }
        return out.toString();
    }

    private static long configValue(String value) {
        return Long.parseLong(value);
    }
}
