package io.advocacy.deploy.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.advocacy.platform.testing.EventTopics;
import io.advocacy.platform.testing.Folders;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Crashes the platform's parts one at a time under a steady load of mentions (SIGKILL, no graceful stop): the Kafka
 * broker, each service in turn and PostgreSQL, each started again. Afterwards every accepted mention must have been
 * published once, counted once in its author's profile, thanked once when positive, and have earned its author at
 * most one first badge; every consumer must have caught up and no record may sit in a dead-letter topic.
 *
 * <p>The outbox relay publishes at least once (a crash between Kafka's acknowledgement and the outbox row's deletion
 * publishes the row again, under the same {@code ce_id}), so a topic may hold copies of a record; what must hold is
 * exactly one distinct {@code ce_id} per fact, and consumers remember {@code ce_id}s, so copies change nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultInjectionIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCORED = "io.advocacy.mention.scored.v1";
    private static final String DISCOVERED = "io.advocacy.advocate.discovered.v1";
    private static final String UPDATED = "io.advocacy.advocate.updated.v1";
    private static final String SCHEDULED = "io.advocacy.interaction.scheduled.v1";
    private static final String AWARDED = "io.advocacy.badge.awarded.v1";
    private static final List<String> TOPICS =
            List.of("advocacy.mentions", "advocacy.advocates", "advocacy.interactions", "advocacy.recognitions");
    /** Each service's consumer group and the topics it reads. */
    private static final Map<String, List<String>> GROUPS = Map.of(
            "listening-service", List.of("advocacy.advocates"),
            "advocate-service", List.of("advocacy.mentions", "advocacy.recognitions"),
            "interaction-service", List.of("advocacy.advocates"),
            "recognition-service", List.of("advocacy.advocates", "advocacy.interactions"));

    private static final int AUTHORS = 200;
    private static final int PER_AUTHOR = 25;
    private static final int PER_SECOND = 20;
    private static final Duration SETTLE = Duration.ofSeconds(4);
    private static final Duration CATCH_UP = Duration.ofSeconds(240);

    private final long begin = System.nanoTime();
    private TestStack platform;
    private Stack stack;
    private StackInfo info;

    @BeforeAll
    void startThePlatform() throws Exception {
        platform = TestStack.start("faults", Map.of(), Stack.Broker.OWN_PROCESS);
        stack = platform.stack();
        info = platform.info();
    }

    @AfterAll
    void stopThePlatform() throws IOException {
        if (platform != null) {
            platform.stop();
            keepLogs();
            platform.close();
        }
    }

    /** The logs of every process, kept in deploy/local/target/fault-injection-logs for a look after a failure. */
    private void keepLogs() throws IOException {
        Path logs = platform.stateDir().resolve("logs");
        Path kept = Path.of("target", "fault-injection-logs");
        if (!Files.isDirectory(logs)) {
            return;
        }
        Folders.deleteRecursively(kept);
        Files.createDirectories(kept);
        try (var files = Files.list(logs)) {
            for (Path log : files.toList()) {
                Files.copy(log, kept.resolve(log.getFileName()));
            }
        }
    }

    private String integratorToken() {
        return platform.integratorToken();
    }

    private void phase(String what) {
        System.out.printf("[faults %5.1f s] %s%n", (System.nanoTime() - begin) / 1e9, what);
        System.out.flush();
    }

    private void pause(Duration duration, MentionLoad load) throws InterruptedException {
        Thread.sleep(duration.toMillis());
        phase("  load: " + load.status());
    }

    @Test
    void everyAcceptedMentionIsReconciledAfterCrashes() throws Exception {
        MentionLoad load = new MentionLoad(
                info.serviceUrl("listening-service"), this::integratorToken, 4, PER_SECOND, AUTHORS, PER_AUTHOR);
        try (load) {
            load.start();
            phase("load started: " + PER_SECOND + " mentions/s from " + AUTHORS + " authors");
            pause(Duration.ofSeconds(8), load);

            phase("SIGKILL Kafka broker");
            stack.killBroker();
            Thread.sleep(3_000);
            stack.restartBroker();
            phase("Kafka broker restarted");
            pause(SETTLE, load);

            for (ServiceSpec service : ServiceSpec.ALL) {
                phase("SIGKILL " + service.name());
                stack.killService(service.name());
                Thread.sleep(1_000);
                stack.restartService(service.name());
                phase(service.name() + " restarted and ready");
                pause(SETTLE, load);
            }

            phase("SIGKILL PostgreSQL");
            stack.killPostgres();
            Thread.sleep(2_000);
            stack.restartPostgres();
            phase("PostgreSQL restarted");
            pause(SETTLE.multipliedBy(2), load);

            load.stopNew();
            phase("load stopped; sending the refused mentions again until each has an answer");
            assertThat(load.awaitSettled(Duration.ofSeconds(90)))
                    .as("every mention got a definite answer: " + load.status())
                    .isTrue();
        }
        phase("load done: " + load.status() + ", " + load.recoveredAsAccepted()
                + " found accepted on a repeat after a lost answer");
        assertThat(load.unexpected()).as("answers other than 2xx, 503, 5xx").isEmpty();

        try (TopicLedger ledger = new TopicLedger(info.kafkaBootstrapServers())) {
            awaitCaughtUp(ledger);
            reconcile(load, ledger);
        }
    }

    /** Waits until every group has committed every record and no topic grew between two looks. */
    private void awaitCaughtUp(TopicLedger ledger) throws InterruptedException {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        Map<TopicPartition, Long> before = Map.of();
        while (true) {
            Map<TopicPartition, Long> ends = ledger.endOffsets(TOPICS);
            Map<String, Long> lags = new TreeMap<>();
            GROUPS.forEach((group, topics) -> lags.put(group, ledger.lag(group, topics)));
            long total = lags.values().stream().mapToLong(Long::longValue).sum();
            phase("catching up: lag " + lags + ", records "
                    + TOPICS.stream().map(t -> t + "=" + ledger.count(t)).collect(Collectors.joining(", ")));
            if (total == 0 && ends.equals(before)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Consumers did not catch up within " + CATCH_UP.toSeconds() + " s: " + lags);
            }
            before = ends;
            Thread.sleep(4_000);
        }
    }

    private static JsonNode data(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String type(ConsumerRecord<String, String> record) {
        return EventTopics.header(record, "ce_type");
    }

    /** Distinct ce_ids per key, over the records of one type. */
    private static Map<String, Set<String>> idsBy(
            List<ConsumerRecord<String, String>> records,
            String type,
            java.util.function.Function<JsonNode, String> key) {
        Map<String, Set<String>> ids = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            if (type.equals(type(record))) {
                String k = key.apply(data(record));
                if (k != null) {
                    ids.computeIfAbsent(k, x -> new HashSet<>()).add(EventTopics.header(record, "ce_id"));
                }
            }
        }
        return ids;
    }

    private static long ofType(List<ConsumerRecord<String, String>> records, String type) {
        return records.stream().filter(r -> type.equals(type(r))).count();
    }

    private static String text(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    private void reconcile(MentionLoad load, TopicLedger ledger) {
        Map<String, MentionLoad.Accepted> acceptedByExternalId = load.accepted();
        Map<String, String> table = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        table.put("mentions posted (distinct)", Integer.toString(load.sent()));
        table.put("  POST attempts", Long.toString(load.attempts()));
        table.put("  refused (503, 5xx), sent again", Long.toString(load.refused()));
        table.put("  connection refused, broken or timed out, sent again", Long.toString(load.failed()));
        table.put(
                "  answered 200 published on a repeat (first answer lost)", Long.toString(load.recoveredAsAccepted()));
        table.put(
                "  not accepted (near-duplicate, spam, unmatched)",
                Integer.toString(load.notAccepted().size()));
        Set<String> accepted = acceptedByExternalId.values().stream()
                .map(MentionLoad.Accepted::mentionId)
                .collect(Collectors.toSet());
        Map<String, Long> acceptedPerAuthor = acceptedByExternalId.values().stream()
                .collect(Collectors.groupingBy(a -> "twitter:" + a.handle(), TreeMap::new, Collectors.counting()));
        table.put("mentions accepted (201, or found published on a repeat)", Integer.toString(accepted.size()));
        table.put("authors with accepted mentions", Integer.toString(acceptedPerAuthor.size()));

        // listening-service -> advocacy.mentions
        var mentions = ledger.readAll("advocacy.mentions");
        Map<String, Set<String>> scored = idsBy(mentions, SCORED, d -> text(d.get("mentionId")));
        Set<String> positive = new HashSet<>();
        for (var record : mentions) {
            if (SCORED.equals(type(record)) && data(record).path("sentiment").asDouble() >= 0.05) {
                positive.add(data(record).path("mentionId").asText());
            }
        }
        long scoredRecords = ofType(mentions, SCORED);
        long scoredIds = scored.values().stream().mapToLong(Set::size).sum();
        table.put("mention.scored records on advocacy.mentions", Long.toString(scoredRecords));
        table.put("  distinct ce_id", Long.toString(scoredIds));
        table.put("  distinct mentionId", Integer.toString(scored.size()));
        table.put("  copies relayed twice (same ce_id)", Long.toString(scoredRecords - scoredIds));
        check(
                failures,
                scored.keySet().equals(accepted),
                "the scored mentions are exactly the accepted ones: missing " + difference(accepted, scored.keySet())
                        + ", not accepted " + difference(scored.keySet(), accepted));
        check(
                failures,
                scored.values().stream().allMatch(ids -> ids.size() == 1),
                "each mention was published under one ce_id");

        // advocate-service -> advocacy.advocates
        var advocates = ledger.readAll("advocacy.advocates");
        Map<String, Set<String>> updates =
                idsBy(advocates, UPDATED, d -> text(d.path("lastMention").get("mentionId")));
        Map<String, Set<String>> discovered = idsBy(advocates, DISCOVERED, d -> text(d.get("authorKey")));
        Map<String, String> advocateOf = new HashMap<>();
        Set<String> qualifying = new HashSet<>();
        for (var record : advocates) {
            if (UPDATED.equals(type(record))) {
                JsonNode d = data(record);
                advocateOf.put(
                        d.path("authorKey").asText(), d.path("advocateId").asText());
                if (positive.contains(text(d.path("lastMention").get("mentionId")))) {
                    qualifying.add(d.path("advocateId").asText());
                }
            }
        }
        table.put(
                "advocate.updated records caused by a mention",
                Long.toString(updates.values().stream().mapToLong(Set::size).sum()));
        table.put(
                "  mentions with exactly one update",
                Long.toString(updates.entrySet().stream()
                        .filter(e ->
                                accepted.contains(e.getKey()) && e.getValue().size() == 1)
                        .count()));
        Set<String> notApplied = new HashSet<>(accepted);
        notApplied.removeAll(updates.keySet());
        check(
                failures,
                updates.keySet().equals(accepted),
                "each accepted mention, and only those, updated a profile: not applied "
                        + acceptedByExternalId.values().stream()
                                .filter(a -> notApplied.contains(a.mentionId()))
                                .map(a -> a.mentionId() + " (" + a.handle() + ")")
                                .toList()
                        + ", not accepted " + difference(updates.keySet(), accepted));
        check(
                failures,
                updates.values().stream().allMatch(ids -> ids.size() == 1),
                "each mention updated its author's profile once: " + multiples(updates));
        table.put(
                "advocate.discovered (distinct ce_id)",
                Long.toString(discovered.values().stream().mapToLong(Set::size).sum()));
        check(
                failures,
                discovered.keySet().equals(acceptedPerAuthor.keySet())
                        && discovered.values().stream().allMatch(ids -> ids.size() == 1),
                "each author was discovered once: " + multiples(discovered));

        // advocate-service's profiles, through its API
        String token = integratorToken();
        long counted = 0;
        List<String> wrongCounts = new ArrayList<>();
        for (Map.Entry<String, Long> author : acceptedPerAuthor.entrySet()) {
            JsonPath profiles = given().auth()
                    .oauth2(token)
                    .queryParam("authorKey", author.getKey())
                    .get(info.serviceUrl("advocate-service") + "/advocates")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<Integer> counts = profiles.getList("items.mentionCount", Integer.class);
            int count = counts.size() == 1 ? counts.get(0) : -1;
            counted += Math.max(count, 0);
            if (count != author.getValue()) {
                wrongCounts.add(author.getKey() + " " + counts + " (accepted " + author.getValue() + ")");
            }
        }
        table.put("mentionCount summed over the authors' profiles (API)", Long.toString(counted));
        check(failures, wrongCounts.isEmpty(), "each author's profile counts their accepted mentions: " + wrongCounts);

        // interaction-service -> advocacy.interactions
        var interactions = ledger.readAll("advocacy.interactions");
        Map<String, Set<String>> thanks = new HashMap<>();
        for (var record : interactions) {
            JsonNode d = data(record);
            if (SCHEDULED.equals(type(record))
                    && "thank-you".equals(d.path("kind").asText())) {
                thanks.computeIfAbsent(d.path("triggerMentionId").asText(), x -> new HashSet<>())
                        .add(d.path("interactionId").asText());
            }
        }
        Set<String> acceptedPositive = new HashSet<>(positive);
        acceptedPositive.retainAll(accepted);
        table.put("positive accepted mentions (sentiment >= 0.05)", Integer.toString(acceptedPositive.size()));
        table.put(
                "thank-you interactions scheduled (distinct interactionId)",
                Long.toString(thanks.values().stream().mapToLong(Set::size).sum()));
        check(
                failures,
                thanks.keySet().equals(acceptedPositive)
                        && thanks.values().stream().allMatch(ids -> ids.size() == 1),
                "each positive mention, and only those, was thanked once: missing "
                        + difference(acceptedPositive, thanks.keySet()) + ", more than one " + multiples(thanks));

        // recognition-service -> advocacy.recognitions, and its awards through the API
        var recognitions = ledger.readAll("advocacy.recognitions");
        Map<String, Set<String>> firstVoice = new HashMap<>();
        for (var record : recognitions) {
            JsonNode d = data(record);
            if (AWARDED.equals(type(record))
                    && "first-voice".equals(d.path("badgeCode").asText())) {
                firstVoice
                        .computeIfAbsent(d.path("advocateId").asText(), x -> new HashSet<>())
                        .add(d.path("awardId").asText());
            }
        }
        table.put("people whose mentions qualify for first-voice", Integer.toString(qualifying.size()));
        table.put(
                "first-voice awards published (distinct awardId)",
                Long.toString(firstVoice.values().stream().mapToLong(Set::size).sum()));
        check(
                failures,
                firstVoice.keySet().equals(qualifying)
                        && firstVoice.values().stream().allMatch(ids -> ids.size() == 1),
                "exactly one first-voice award for each qualifying person and none for the others: missing "
                        + difference(qualifying, firstVoice.keySet()) + ", unearned "
                        + difference(firstVoice.keySet(), qualifying) + ", more than one " + multiples(firstVoice));
        long awardsInApi = 0;
        for (String advocateId : advocateOf.values()) {
            List<String> badges = given().auth()
                    .oauth2(token)
                    .queryParam("advocateId", advocateId)
                    .queryParam("size", 200)
                    .get(info.serviceUrl("recognition-service") + "/awards")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items.badgeCode", String.class);
            long held = badges.stream().filter("first-voice"::equals).count();
            awardsInApi += held;
            check(
                    failures,
                    held == (qualifying.contains(advocateId) ? 1 : 0),
                    advocateId + " holds " + held + " first-voice awards");
        }
        table.put("first-voice awards held (API)", Long.toString(awardsInApi));

        // Consumers and dead letters
        GROUPS.forEach((group, topics) -> {
            long lag = ledger.lag(group, topics);
            table.put("lag of " + group, Long.toString(lag));
            check(failures, lag == 0, group + " committed every record");
        });
        for (var topic : io.advocacy.platform.testing.TopicCatalogue.all()) {
            if (topic.name().endsWith(".dlq")) {
                var dead = ledger.readAll(topic.name());
                if (!dead.isEmpty()) {
                    table.put(topic.name(), Integer.toString(dead.size()));
                    dead.forEach(r -> failures.add(topic.name() + ": " + EventTopics.header(r, "ce_type") + " "
                            + EventTopics.header(r, "dead-letter-reason") + " " + r.value()));
                }
            }
        }
        table.put(
                "dead-lettered records",
                Long.toString(table.keySet().stream()
                        .filter(k -> k.endsWith(".dlq"))
                        .mapToLong(k -> Long.parseLong(table.get(k)))
                        .sum()));

        System.out.println("\nFault injection: what was reconciled");
        table.forEach((what, value) -> System.out.printf("  %-60s %8s%n", what, value));
        System.out.println();
        assertThat(failures).as("reconciliation").isEmpty();
        assertThat(accepted).as("mentions accepted").hasSizeGreaterThan(100);
    }

    private static void check(List<String> failures, boolean holds, String what) {
        if (!holds) {
            failures.add(what.length() > 2_000 ? what.substring(0, 2_000) + "..." : what);
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> left = new HashSet<>(a);
        left.removeAll(b);
        return left.size() > 20 ? Set.of(left.size() + " of them") : left;
    }

    private static Map<String, Set<String>> multiples(Map<String, Set<String>> ids) {
        return ids.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .limit(10)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
