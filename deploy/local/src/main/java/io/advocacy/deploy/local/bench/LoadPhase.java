package io.advocacy.deploy.local.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One phase of load at a fixed arrival rate (an open model: each mention is sent at its scheduled time whether or not
 * earlier ones were answered, so a slow platform cannot slow the arrivals down and hide its latency). Each accepted
 * mention's scheduled send time is kept by its id, for the event watcher's times to be matched against.
 */
final class LoadPhase {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    /** More requests unanswered than this and the generator stops adding: the platform has stopped answering. */
    static final int MAX_IN_FLIGHT = 20_000;

    final String name;
    final int rate;
    final int seconds;
    /** Accepted mention id to its scheduled send time (epoch ms). */
    final Map<String, Long> accepted = new ConcurrentHashMap<>();

    final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    final AtomicLong sent = new AtomicLong();
    final AtomicLong answered = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong skipped = new AtomicLong();
    final Latency http = new Latency();
    final Latency toUpdate = new Latency();
    final Latency toBadge = new Latency();
    final Latency toBadgeOnKafka = new Latency();
    long startMillis;
    long endMillis;
    /** The time of the last matched advocate update, for the rate at which the platform completed mentions. */
    long lastUpdateMillis;
    /** For a step of the max phase: "sustained", or why not. */
    String verdict;

    LoadPhase(String name, int rate, int seconds) {
        this.name = name;
        this.rate = rate;
        this.seconds = seconds;
    }

    /** A token is taken again after this long, well within Keycloak's access token life. */
    private static final long TOKEN_REFRESH_NANOS = TimeUnit.SECONDS.toNanos(60);

    /**
     * Sends for the phase's seconds, calling {@code tick} once a second; returns when the last one is sent.
     *
     * @param tokens gives a fresh access token of the integrator, taken at the start and then once a minute
     */
    void run(HttpClient client, String mentionsUrl, Supplier<String> tokens, MentionMix mix, Runnable tick) {
        String token = tokens.get();
        long tokenAt = System.nanoTime();
        long total = (long) rate * seconds;
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        long t0 = System.nanoTime();
        startMillis = System.currentTimeMillis();
        long nextTick = t0 + TimeUnit.SECONDS.toNanos(1);
        for (long i = 0; i < total; i++) {
            long due = t0 + i * intervalNanos;
            long now;
            while ((now = System.nanoTime()) < due) {
                if (now >= nextTick) {
                    tick.run();
                    nextTick += TimeUnit.SECONDS.toNanos(1);
                    if (now - tokenAt > TOKEN_REFRESH_NANOS) {
                        token = tokens.get();
                        tokenAt = System.nanoTime();
                    }
                }
                LockSupport.parkNanos(Math.min(due - now, 1_000_000));
            }
            long scheduled = startMillis + (due - t0) / 1_000_000;
            if (sent.get() - answered.get() >= MAX_IN_FLIGHT) {
                skipped.incrementAndGet();
                continue;
            }
            MentionMix.Mention mention = mix.next(Instant.ofEpochMilli(scheduled));
            HttpRequest request = HttpRequest.newBuilder(URI.create(mentionsUrl))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(mention.json()))
                    .build();
            sent.incrementAndGet();
            client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                http.record(System.currentTimeMillis() - scheduled);
                answered.incrementAndGet();
                if (error != null) {
                    failed.incrementAndGet();
                    return;
                }
                statuses.computeIfAbsent(response.statusCode(), s -> new AtomicLong())
                        .incrementAndGet();
                if (response.statusCode() == 201) {
                    Matcher id = ID.matcher(response.body());
                    if (id.find()) {
                        accepted.put(id.group(1), scheduled);
                    }
                }
            });
        }
        endMillis = System.currentTimeMillis();
    }

    long status(int code) {
        AtomicLong n = statuses.get(code);
        return n == null ? 0 : n.get();
    }

    /** Answers that were not 2xx, plus requests that failed or were never sent. */
    long errors() {
        long bad = failed.get() + skipped.get();
        for (var entry : statuses.entrySet()) {
            if (entry.getKey() >= 300) {
                bad += entry.getValue().get();
            }
        }
        return bad;
    }

    double sendRate() {
        double elapsed = Math.max(1, endMillis - startMillis) / 1000.0;
        return sent.get() / elapsed;
    }

    /** Mentions taken as new (201) per second of sending. */
    double acceptedRate() {
        double elapsed = Math.max(1, endMillis - startMillis) / 1000.0;
        return accepted.size() / elapsed;
    }

    /** How many accepted mentions still wait for their advocate update. */
    long waitingForUpdate(Map<String, Long> updates) {
        return accepted.keySet().stream().filter(id -> !updates.containsKey(id)).count();
    }

    /** Matches the watcher's event times to this phase's mentions, into the latency histograms. */
    void match(Map<String, Long> updates, Map<String, Long> badges, Map<String, Long> badgesOnKafka) {
        accepted.forEach((id, scheduled) -> {
            Long updated = updates.get(id);
            if (updated != null) {
                toUpdate.record(updated - scheduled);
                lastUpdateMillis = Math.max(lastUpdateMillis, updated);
            }
            Long badge = badges.get(id);
            if (badge != null) {
                toBadge.record(badge - scheduled);
            }
            Long onKafka = badgesOnKafka.get(id);
            if (onKafka != null) {
                toBadgeOnKafka.record(onKafka - scheduled);
            }
        });
    }

    /** The mentions completed (advocate update seen) per second, from the phase's first send to the last update. */
    double completedRate() {
        if (toUpdate.count() == 0 || lastUpdateMillis <= startMillis) {
            return 0;
        }
        return toUpdate.count() / ((lastUpdateMillis - startMillis) / 1000.0);
    }

    /** The answers by status, such as {@code 201: 5980, 200: 20}. */
    String statusSummary() {
        Map<Integer, Long> sorted = new TreeMap<>();
        statuses.forEach((code, n) -> sorted.put(code, n.get()));
        StringBuilder text = new StringBuilder();
        sorted.forEach((code, n) -> text.append(text.length() == 0 ? "" : ", ")
                .append(code)
                .append(": ")
                .append(n));
        if (failed.get() > 0) {
            text.append(text.length() == 0 ? "" : ", ").append("no answer: ").append(failed.get());
        }
        if (skipped.get() > 0) {
            text.append(text.length() == 0 ? "" : ", ")
                    .append("not sent (too many unanswered): ")
                    .append(skipped.get());
        }
        return text.toString();
    }
}
