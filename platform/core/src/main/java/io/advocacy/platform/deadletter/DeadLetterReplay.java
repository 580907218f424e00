package io.advocacy.platform.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Re-drives the records of a dead-letter topic to the topics they failed on, after a fix: each record goes back with
 * its key, value and original headers (its CloudEvent id among them, so consumers that processed it already skip it),
 * without the {@code dead-letter-*} headers and with {@code replayed-from} naming where it was. A replay consumer group
 * per service remembers how far it got, so each dead letter is re-driven once; one that fails again comes back to the
 * dead-letter topic as a new record.
 */
final class DeadLetterReplay {

    /** Headers the dead-letter strategy adds, which a re-driven record leaves behind. */
    private static final String DEAD_LETTER_PREFIX = "dead-letter-";

    private final Map<String, Object> clientSettings;
    private final String group;

    /** @param clientSettings the Kafka client settings the service's channels use (bootstrap servers, security) */
    DeadLetterReplay(Map<String, Object> clientSettings, String serviceName) {
        this.clientSettings = Map.copyOf(clientSettings);
        this.group = serviceName + "-dead-letter-replay";
    }

    /** How many records a dead-letter topic holds, how many of them were already re-driven, and how many wait. */
    record Backlog(String topic, long records, long replayed, long waiting) {}

    /** What one replay did: records re-driven per original topic, and any it could not (no original topic). */
    record Replayed(String topic, long replayed, Map<String, Long> byOriginalTopic, long withoutOrigin) {}

    Backlog backlog(String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            Map<TopicPartition, OffsetAndMetadata> committed =
                    consumer.committed(new java.util.HashSet<>(partitions), Duration.ofSeconds(10));
            long records = 0;
            long replayed = 0;
            for (TopicPartition partition : partitions) {
                records += ends.getOrDefault(partition, 0L);
                OffsetAndMetadata done = committed.get(partition);
                replayed += done == null ? 0 : done.offset();
            }
            return new Backlog(topic, records, replayed, records - replayed);
        }
    }

    Replayed replay(String topic) {
        Map<String, Long> byOrigin = new HashMap<>();
        long withoutOrigin = 0;
        long replayed = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = consumer();
                KafkaProducer<byte[], byte[]> producer = producer()) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            Map<TopicPartition, OffsetAndMetadata> committed =
                    consumer.committed(new java.util.HashSet<>(partitions), Duration.ofSeconds(10));
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata done = committed.get(partition);
                consumer.seek(partition, done == null ? 0 : done.offset());
            }
            Map<TopicPartition, OffsetAndMetadata> progress = new HashMap<>();
            while (!reachedEnd(consumer, partitions, ends)) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= ends.get(partition)) {
                        continue;
                    }
                    String origin = header(record, DEAD_LETTER_PREFIX + "topic");
                    if (origin == null) {
                        withoutOrigin++;
                    } else {
                        producer.send(redriven(record, origin));
                        byOrigin.merge(origin, 1L, Long::sum);
                        replayed++;
                    }
                    progress.put(partition, new OffsetAndMetadata(record.offset() + 1));
                }
            }
            producer.flush();
            if (!progress.isEmpty()) {
                consumer.commitSync(progress);
            }
        }
        return new Replayed(topic, replayed, byOrigin, withoutOrigin);
    }

    private static boolean reachedEnd(
            KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions, Map<TopicPartition, Long> ends) {
        for (TopicPartition partition : partitions) {
            if (consumer.position(partition, Duration.ofSeconds(10)) < ends.get(partition)) {
                return false;
            }
        }
        return true;
    }

    private static ProducerRecord<byte[], byte[]> redriven(ConsumerRecord<byte[], byte[]> record, String origin) {
        ProducerRecord<byte[], byte[]> copy = new ProducerRecord<>(origin, record.key(), record.value());
        for (Header header : record.headers()) {
            if (!header.key().startsWith(DEAD_LETTER_PREFIX)) {
                copy.headers().add(header);
            }
        }
        String from = record.topic() + "/" + record.partition() + "/" + record.offset();
        copy.headers().add("replayed-from", from.getBytes(StandardCharsets.UTF_8));
        return copy;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer, String topic) {
        List<TopicPartition> partitions = new ArrayList<>();
        consumer.partitionsFor(topic, Duration.ofSeconds(10))
                .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        return partitions;
    }

    /** The connection settings only: what a consumer or producer of the service's own would not share is left out. */
    private Properties client() {
        Properties props = new Properties();
        clientSettings.forEach((name, value) -> {
            if (name.equals(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG)
                    || name.startsWith("security.")
                    || name.startsWith("sasl.")
                    || name.startsWith("ssl.")) {
                props.put(name, value);
            }
        });
        return props;
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Properties props = client();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return new KafkaConsumer<>(props);
    }

    private KafkaProducer<byte[], byte[]> producer() {
        Properties props = client();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return new KafkaProducer<>(props);
    }
}
