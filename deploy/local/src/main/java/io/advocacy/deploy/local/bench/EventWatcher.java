package io.advocacy.deploy.local.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads {@code advocacy.advocates} and {@code advocacy.recognitions} from their ends (no consumer group, so it takes
 * nothing from the services) and notes, per mention id, the time of its first advocate update and of its badge: an
 * {@code advocate.updated.v1}'s {@code lastMention.mentionId}, a {@code badge.awarded.v1}'s {@code reason}, which ends
 * with the reference of the fact that earned it (the mention id for a mention's badge). The time is the event's own
 * {@code ce_time} (when its transaction wrote it to the outbox), else the record's timestamp; for badges the record's
 * timestamp (when the relay put it on Kafka) is kept too.
 */
final class EventWatcher implements AutoCloseable {

    static final String UPDATED = "io.advocacy.advocate.updated.v1";
    static final String AWARDED = "io.advocacy.badge.awarded.v1";
    private static final Pattern UUID_AT_END =
            Pattern.compile("([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\W*$");
    private static final ObjectMapper JSON = new ObjectMapper();

    final Map<String, Long> updates = new ConcurrentHashMap<>();
    final Map<String, Long> badges = new ConcurrentHashMap<>();
    /** The badge records' own timestamps: when the outbox relay put them on Kafka, after the award's commit. */
    final Map<String, Long> badgesOnKafka = new ConcurrentHashMap<>();

    private final KafkaConsumer<String, String> consumer;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Throwable failure;

    EventWatcher(String bootstrap) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        consumer = new KafkaConsumer<>(props);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of("advocacy.advocates", "advocacy.recognitions")) {
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fixes the start now, before any mention is sent
        thread = new Thread(this::loop, "bench-event-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        try {
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    note(record);
                }
            }
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void note(ConsumerRecord<String, String> record) {
        String type = header(record, "ce_type");
        if (!UPDATED.equals(type) && !AWARDED.equals(type)) {
            return;
        }
        long time = eventTime(header(record, "ce_time"), record.timestamp());
        try {
            JsonNode data = JSON.readTree(record.value());
            if (UPDATED.equals(type)) {
                String mentionId = data.path("lastMention").path("mentionId").asText(null);
                if (mentionId != null) {
                    updates.putIfAbsent(mentionId, time);
                }
            } else {
                String mentionId = referenceIn(data.path("reason").asText(""));
                if (mentionId != null) {
                    badges.putIfAbsent(mentionId, time);
                    badgesOnKafka.putIfAbsent(mentionId, record.timestamp());
                }
            }
        } catch (java.io.IOException e) {
            // not JSON: not an event this benchmark reads
        }
    }

    /** The fact reference at the end of a badge's reason, if it is a uuid. */
    static String referenceIn(String reason) {
        Matcher m = UUID_AT_END.matcher(reason);
        return m.find() ? m.group(1) : null;
    }

    static long eventTime(String ceTime, long fallback) {
        if (ceTime == null || ceTime.isBlank()) {
            return fallback;
        }
        try {
            return java.time.OffsetDateTime.parse(ceTime).toInstant().toEpochMilli();
        } catch (java.time.format.DateTimeParseException e) {
            try {
                return Instant.parse(ceTime).toEpochMilli();
            } catch (java.time.format.DateTimeParseException again) {
                return fallback;
            }
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    void check() {
        if (failure != null) {
            throw new IllegalStateException("Reading the platform's events failed: " + failure.getMessage(), failure);
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
