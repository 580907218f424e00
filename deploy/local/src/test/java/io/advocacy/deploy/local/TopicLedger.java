package io.advocacy.deploy.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** What the topics hold and how far the services' consumer groups have got, read with plain Kafka clients. */
final class TopicLedger implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final Admin admin;

    TopicLedger(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        consumer = new KafkaConsumer<>(props);
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    private List<TopicPartition> partitions(String topic) {
        return consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
    }

    /** Each partition's end offset (the offset the next record will get). */
    Map<TopicPartition, Long> endOffsets(Collection<String> topics) {
        List<TopicPartition> all = new ArrayList<>();
        topics.forEach(topic -> all.addAll(partitions(topic)));
        return consumer.endOffsets(all, Duration.ofSeconds(10));
    }

    /** Records on the topic, summed over its partitions. */
    long count(String topic) {
        return endOffsets(List.of(topic)).values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }

    /** Every record of the topic up to its end offsets as they are now. */
    List<ConsumerRecord<String, String>> readAll(String topic) {
        Map<TopicPartition, Long> ends = endOffsets(List.of(topic));
        consumer.assign(ends.keySet());
        consumer.seekToBeginning(ends.keySet());
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Could not read " + topic + " to its end within 60 s");
            }
            consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        }
        consumer.unsubscribe();
        return records;
    }

    /**
     * How many records of the topics the consumer group has not committed yet; a partition the group never committed
     * on counts in full.
     */
    long lag(String group, Collection<String> topics) {
        Map<TopicPartition, OffsetAndMetadata> committed;
        try {
            committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Could not read the offsets of " + group, e);
        }
        Map<TopicPartition, Long> ends = new HashMap<>(endOffsets(topics));
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            OffsetAndMetadata offset = committed.get(end.getKey());
            lag += end.getValue() - (offset == null ? 0 : offset.offset());
        }
        return lag;
    }

    @Override
    public void close() {
        consumer.close();
        admin.close();
    }
}
