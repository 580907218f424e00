package io.advocacy.platform.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plain Kafka clients for tests: write records as another service would, and read what a service published. */
public final class EventTopics {

    private final String bootstrapServers;

    public EventTopics(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Writes a binary-mode CloudEvent and returns its {@code ce_id}. */
    public String sendCloudEvent(String topic, String key, String type, String id, String json) {
        return send(
                topic,
                key,
                Map.of(
                        "ce_specversion",
                        "1.0",
                        "ce_id",
                        id,
                        "ce_type",
                        type,
                        "ce_source",
                        "/advocacy/test",
                        "ce_subject",
                        key,
                        "content-type",
                        "application/json"),
                json);
    }

    /** Writes one record with the given headers, for example a malformed one. */
    public String send(String topic, String key, Map<String, String> headers, String value) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (var producer = new KafkaProducer<String, String>(props)) {
            var record = new ProducerRecord<String, String>(topic, key, value);
            headers.forEach((name, val) -> record.headers().add(name, val.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
            return headers.getOrDefault("ce_id", "");
        } catch (Exception e) {
            throw new IllegalStateException("Could not write to " + topic, e);
        }
    }

    /**
     * Reads the topic from the beginning until a record matches, and returns every record read so far.
     *
     * @throws AssertionError when no record matches within the time-out
     */
    public List<ConsumerRecord<String, String>> readUntil(
            String topic, Predicate<ConsumerRecord<String, String>> match, Duration timeout) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        Instant deadline = Instant.now().plus(timeout);
        try (var consumer = new KafkaConsumer<String, String>(props)) {
            consumer.subscribe(List.of(topic));
            while (Instant.now().isBefore(deadline)) {
                for (var record : consumer.poll(Duration.ofMillis(250))) {
                    seen.add(record);
                    if (match.test(record)) {
                        return seen;
                    }
                }
            }
        }
        throw new AssertionError("No matching record on " + topic + " within " + timeout.toSeconds() + " s; read "
                + seen.size() + " records");
    }

    /** How many records each topic holds in all (the sum of its partitions' end offsets); absent topics count 0. */
    public Map<String, Long> recordCounts(List<String> topics) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        Map<String, Long> counts = new TreeMap<>();
        try (var consumer = new KafkaConsumer<String, String>(props)) {
            for (String topic : topics) {
                List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                        .map(info -> new TopicPartition(topic, info.partition()))
                        .toList();
                long total = consumer.endOffsets(partitions, Duration.ofSeconds(10)).values().stream()
                        .mapToLong(Long::longValue)
                        .sum();
                counts.put(topic, total);
            }
        }
        return counts;
    }

    /** A header's value as text, or null. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
