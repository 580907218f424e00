package io.advocacy.platform.testing;

import java.util.Map;

/**
 * A topic to create: its name, partitions and topic-level configs.
 *
 * @param name the topic name
 * @param partitions how many partitions
 * @param configs topic configs, such as retention
 */
public record TopicSpec(String name, int partitions, Map<String, String> configs) {

    public static TopicSpec of(String name, int partitions) {
        return new TopicSpec(name, partitions, Map.of());
    }
}
