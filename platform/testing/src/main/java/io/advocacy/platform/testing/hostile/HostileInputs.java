package io.advocacy.platform.testing.hostile;

import io.advocacy.platform.testing.EventTopics;
import io.advocacy.platform.testing.RealInfrastructure;
import io.advocacy.platform.testing.TopicCatalogue;
import io.advocacy.platform.testing.TopicSpec;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sends hostile requests to a running service and reports every answer that was not a 4xx problem+json. How many and
 * from which seed: system properties {@code advocacy.hostile.count} (default 2,500 per service) and
 * {@code advocacy.hostile.seed} (default fixed, so a failure reproduces; printed with the summary).
 */
public final class HostileInputs {

    private HostileInputs() {}

    public static int count() {
        return Integer.getInteger("advocacy.hostile.count", 2_500);
    }

    public static long seed() {
        return Long.getLong("advocacy.hostile.seed", 20261123L);
    }

    /**
     * The whole check for the service under test: reads its OpenAPI document, waits until its stored state is quiet,
     * sends {@link #count()} hostile requests, prints the summary, and fails when any answer was not a 4xx
     * problem+json or when any row or event was stored.
     *
     * @param baseUrl the service's URL, no trailing slash
     * @param skip operations not to send to, each with its reason in the calling test
     * @param itemWise batch operations, which answer per item: only their body's top level is made hostile
     */
    public static HostileInputReport refuseAll(String baseUrl, List<String> skip, List<String> itemWise) {
        Config config = ConfigProvider.getConfig();
        String jdbcUrl = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getValue("quarkus.datasource.username", String.class);
        String password = config.getValue("quarkus.datasource.password", String.class);
        EventTopics topics = new EventTopics(RealInfrastructure.kafka().bootstrapServers());
        List<String> topicNames =
                TopicCatalogue.all().stream().map(TopicSpec::name).toList();
        String document = get(baseUrl + "/q/openapi?format=json");

        List<HostileRequest> requests = HostileRequests.generate(document, count(), seed(), skip, itemWise);
        StoredState before = StoredState.awaitQuiet(jdbcUrl, user, password, topics, topicNames);
        long started = System.nanoTime();
        HostileInputReport report = send(baseUrl, requests);
        System.out.printf(
                "%s%n  seed %d, %d ms%n", report.summary(), seed(), (System.nanoTime() - started) / 1_000_000);
        report.assertAllRefused();
        StoredState after = StoredState.capture(jdbcUrl, user, password, topics, topicNames);
        if (!after.equals(before)) {
            throw new AssertionError("Hostile requests changed what is stored: before " + before + ", after " + after);
        }
        return report;
    }

    private static String get(String url) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(url + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends each request in turn to the service at {@code baseUrl} (no trailing slash). */
    public static HostileInputReport send(String baseUrl, List<HostileRequest> requests) {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        HostileInputReport report = new HostileInputReport();
        for (HostileRequest request : requests) {
            HttpRequest.Builder http =
                    HttpRequest.newBuilder(uri(baseUrl, request)).timeout(Duration.ofSeconds(30));
            HttpRequest.BodyPublisher body = request.body() == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(request.body());
            if (request.contentType() != null && request.body() != null) {
                http.header("Content-Type", request.contentType());
            }
            http.header("Accept", "application/json");
            http.method(request.operation().split(" ")[0], body);
            try {
                HttpResponse<String> response = client.send(http.build(), HttpResponse.BodyHandlers.ofString());
                report.record(
                        request,
                        response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(null),
                        response.body());
            } catch (IOException e) {
                report.record(request, -1, null, "no answer: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return report;
    }

    private static URI uri(String baseUrl, HostileRequest request) {
        String query = request.query().entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return URI.create(baseUrl + request.path() + (query.isEmpty() ? "" : "?" + query));
    }
}
