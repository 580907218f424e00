package io.advocacy.deploy.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Feeds a stream of realistic mentions into the running stack as the demo integrator, so that a new user sees
 * advocates, interactions and badges appear. Runs until the stack stops.
 */
final class DemoFeed implements Runnable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TOKEN_LIFE = Duration.ofSeconds(240);

    private final StackInfo info;
    private final PrintStream out;
    private final Duration every;

    DemoFeed(StackInfo info, PrintStream out, Duration every) {
        this.info = info;
        this.out = out;
        this.every = every;
    }

    @Override
    public void run() {
        List<String[]> mentions = load();
        try {
            DemoProgramme.ensureQuery(info);
            out.println("demo: listening for Lumen in programme " + DemoProgramme.PROGRAMME);
        } catch (RuntimeException e) {
            out.println("demo: " + e.getMessage());
            return;
        }
        Tokens tokens = new Tokens(info.tokenUrl());
        HttpClient http = HttpClient.newHttpClient();
        String token = null;
        long tokenAt = 0;
        long run = System.currentTimeMillis() / 1000;
        for (int n = 0; !Thread.currentThread().isInterrupted(); n++) {
            try {
                if (token == null || System.nanoTime() - tokenAt > TOKEN_LIFE.toNanos()) {
                    token = tokens.clientCredentials(
                            StackInfo.INTEGRATOR_CLIENT_ID, StackInfo.INTEGRATOR_CLIENT_SECRET);
                    tokenAt = System.nanoTime();
                }
                String[] m = mentions.get(n % mentions.size());
                String body = JSON.writeValueAsString(mention(m, "demo-" + run + "-" + n));
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(info.serviceUrl("listening-service") + "/mentions"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                out.printf("demo: @%s on %s: \"%s\" -> %d%n", m[1], m[0], m[4], response.statusCode());
                Thread.sleep(every.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException | RuntimeException e) {
                out.println("demo: could not post a mention: " + e.getMessage());
                sleepQuietly();
            }
        }
    }

    private static Map<String, Object> mention(String[] m, String externalId) {
        Map<String, Object> author = new LinkedHashMap<>();
        author.put("handle", m[1]);
        author.put("displayName", m[2]);
        author.put("followers", Long.parseLong(m[3]));
        Map<String, Object> mention = new LinkedHashMap<>();
        mention.put("platform", m[0]);
        mention.put("externalId", externalId);
        mention.put("author", author);
        mention.put("url", "https://" + m[0] + ".example/" + m[1] + "/" + externalId);
        mention.put("text", m[4]);
        mention.put("publishedAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        return mention;
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(every.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String[]> load() {
        try (var in = Objects.requireNonNull(
                        DemoFeed.class.getResourceAsStream("/demo-mentions.tsv"), "demo-mentions.tsv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
