package io.advocacy.deploy.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * A steady stream of distinct mentions posted to listening-service by a few threads, as an integrator would: each
 * mention is sent until it gets a definite answer. A refusal (503 under backpressure, a 5xx, a refused or broken
 * connection, a time-out) is sent again later with the same platform and id, which ingestion treats idempotently, so
 * a mention whose first answer was lost is found to be accepted when its repeat answers 200 with the published copy.
 * Only accepted mentions (201, or that 200) must reconcile downstream.
 */
final class MentionLoad implements AutoCloseable {

    /** A mention listening-service accepted and published. */
    record Accepted(String externalId, String mentionId, String handle) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration RETRY_AFTER = Duration.ofMillis(500);
    private static final String[] WORDS = ("garden river window planet coffee ticket market button camera bridge"
                    + " pencil forest engine harbor letter mountain orange pocket rocket signal silver summer"
                    + " tunnel valley winter yellow anchor basket candle desert dragon feather guitar island"
                    + " jacket kettle ladder magnet needle office parrot puzzle rabbit saddle shadow spider"
                    + " tomato trumpet umbrella violin wallet zebra blanket cookie dinner fabric hammer helmet"
                    + " kitchen lemon marble napkin oyster pillow quartz ribbon salmon tablet turtle velvet"
                    + " walnut arrow barrel cactus donkey falcon glacier hornet igloo jungle koala lantern"
                    + " meadow nectar orchid pepper quiver radish scooter thimble unicorn vessel wizard")
            .split(" ");
    private static final String[] PRAISE = {
        "I love Lumen, brilliant work", "Lumen is great, really happy with it", "Lumen support was excellent, thanks"
    };
    private static final String[] COMPLAINT = {
        "Lumen is terrible, broken again", "Lumen support was awful and useless", "I hate the Lumen app, worst update"
    };

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final String mentionsUrl;
    private final Supplier<String> tokens;
    private final int authors;
    private final int perAuthor;
    private final long intervalNanos;
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicInteger nextIndex = new AtomicInteger();
    private final AtomicLong nextSlot = new AtomicLong(System.nanoTime());
    private final ConcurrentLinkedQueue<Retry> retries = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Map<String, Accepted> accepted = new ConcurrentHashMap<>();
    private final Map<String, String> notAccepted = new ConcurrentHashMap<>();
    private final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
    private final LongAdder attempts = new LongAdder();
    private final LongAdder refused = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder recoveredAsAccepted = new LongAdder();
    private volatile String token;
    private volatile long tokenAt;
    private volatile boolean sendingNew = true;
    private volatile boolean running = true;

    private record Retry(int index, long notBefore) {}

    /**
     * @param authors how many different authors write the mentions, in turn
     * @param perAuthor at most this many mentions each (listening-service holds more than 30 an hour as bot-like)
     */
    MentionLoad(String listeningUrl, Supplier<String> tokens, int threads, int perSecond, int authors, int perAuthor) {
        this.mentionsUrl = listeningUrl + "/mentions";
        this.tokens = tokens;
        this.authors = authors;
        this.perAuthor = perAuthor;
        this.intervalNanos = TimeUnit.SECONDS.toNanos(1) / perSecond;
        for (int i = 0; i < threads; i++) {
            Thread thread = new Thread(this::work, "mention-load-" + i);
            thread.setDaemon(true);
            this.threads.add(thread);
        }
    }

    void start() {
        token = tokens.get();
        tokenAt = System.nanoTime();
        threads.forEach(Thread::start);
    }

    static String handle(int author) {
        return "fault" + author;
    }

    /** Authors whose mentions praise; the others complain, so they earn no badge. */
    static boolean praises(int author) {
        return author % 3 != 2;
    }

    private void work() {
        while (running) {
            Integer index = take();
            if (index == null) {
                sleep(50);
                continue;
            }
            long slot =
                    nextSlot.getAndAccumulate(intervalNanos, (last, step) -> Math.max(last, System.nanoTime()) + step);
            long wait = slot - System.nanoTime();
            if (wait > 0) {
                sleep(TimeUnit.NANOSECONDS.toMillis(wait));
            }
            try {
                send(index);
            } finally {
                inFlight.decrementAndGet();
            }
        }
    }

    /** The next mention to send: a retry that is due, else a new one while new ones are wanted. */
    private synchronized Integer take() {
        Retry due = retries.peek();
        if (due != null && due.notBefore() <= System.nanoTime()) {
            retries.poll();
            inFlight.incrementAndGet();
            return due.index();
        }
        if (sendingNew && nextIndex.get() < authors * perAuthor) {
            inFlight.incrementAndGet();
            return nextIndex.getAndIncrement();
        }
        return null;
    }

    private void send(int index) {
        attempts.increment();
        String externalId = "fault-" + index;
        int author = index % authors;
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(mentionsUrl))
                            .timeout(Duration.ofSeconds(10))
                            .header("Authorization", "Bearer " + currentToken())
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body(index, externalId, author)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status == 201) {
                accepted.put(externalId, new Accepted(externalId, id(response), handle(author)));
            } else if (status == 200) {
                JsonNode view = JSON.readTree(response.body());
                if ("published".equals(view.path("status").asText()) && !view.hasNonNull("duplicateOf")) {
                    recoveredAsAccepted.increment();
                    accepted.put(
                            externalId, new Accepted(externalId, view.path("id").asText(), handle(author)));
                } else {
                    notAccepted.put(externalId, "200 " + view.path("status").asText());
                }
            } else if (status == 202) {
                notAccepted.put(externalId, "202 " + response.body());
            } else if (status == 503 || status >= 500) {
                refused.increment();
                retryLater(index);
            } else if (status == 401) {
                tokenAt = 0;
                retryLater(index);
            } else {
                unexpected.add(externalId + ": " + status + " " + response.body());
            }
        } catch (IOException | RuntimeException e) {
            // A refused or broken connection, a time-out, or no token while Keycloak is busy: send it again.
            failed.increment();
            retryLater(index);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            retryLater(index);
        }
    }

    private void retryLater(int index) {
        retries.add(new Retry(index, System.nanoTime() + RETRY_AFTER.toNanos()));
    }

    private String currentToken() {
        if (System.nanoTime() - tokenAt > TimeUnit.SECONDS.toNanos(120)) {
            synchronized (this) {
                if (System.nanoTime() - tokenAt > TimeUnit.SECONDS.toNanos(120)) {
                    token = tokens.get();
                    tokenAt = System.nanoTime();
                }
            }
        }
        return token;
    }

    private static String id(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body()).path("id").asText();
    }

    /** A text no other mention resembles (ten words drawn at random), praising or complaining as its author does. */
    private static String body(int index, String externalId, int author) {
        Random random = new Random(index);
        StringBuilder text = new StringBuilder(
                praises(author) ? PRAISE[index % PRAISE.length] : COMPLAINT[index % COMPLAINT.length]);
        text.append(':');
        for (int i = 0; i < 10; i++) {
            text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        String handle = handle(author);
        return """
                {"platform": "twitter", "externalId": "%s",
                 "author": {"handle": "@%s", "displayName": "Fault %d", "followers": 40},
                 "url": "https://twitter.example/%s", "text": "%s", "publishedAt": "%s"}
                """.formatted(externalId, handle, author, externalId, text, Instant.now());
    }

    /** Stops taking new mentions; those being retried go on until they get an answer. */
    void stopNew() {
        sendingNew = false;
    }

    /** Waits until every mention sent has had a definite answer; false when the time ran out first. */
    boolean awaitSettled(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!retries.isEmpty() || inFlight.get() > 0) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            sleep(100);
        }
        return true;
    }

    int sent() {
        return nextIndex.get();
    }

    Map<String, Accepted> accepted() {
        return Map.copyOf(accepted);
    }

    Map<String, String> notAccepted() {
        return Map.copyOf(notAccepted);
    }

    List<String> unexpected() {
        synchronized (unexpected) {
            return List.copyOf(unexpected);
        }
    }

    int pendingRetries() {
        return retries.size();
    }

    long attempts() {
        return attempts.sum();
    }

    long refused() {
        return refused.sum();
    }

    long failed() {
        return failed.sum();
    }

    long recoveredAsAccepted() {
        return recoveredAsAccepted.sum();
    }

    /** One line: how the load is doing. */
    String status() {
        return String.format(
                "sent %d, accepted %d, not accepted %d, refused %d, failed connections %d, waiting to retry %d",
                sent(), accepted.size(), notAccepted.size(), refused(), failed(), retries.size());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
