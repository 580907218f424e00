package io.advocacy.listening.source;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test helper: serves feeds from 127.0.0.1 on a free port, answering conditional GETs when asked to, and counts the
 * requests and 304 answers per path.
 */
final class FeedServer implements AutoCloseable {

    /** How a path answers. */
    enum Validators {
        /** A 200 every time, without validators. */
        NONE,
        /** An ETag, and 304 to a matching If-None-Match. */
        ETAG,
        /** A Last-Modified, and 304 to a matching If-Modified-Since. */
        LAST_MODIFIED
    }

    private record Answer(int status, String contentType, String body, Validators validators, String lastModified) {}

    private static final ZonedDateTime FIRST_VERSION = ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, ZoneOffset.UTC);

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> notModified = new ConcurrentHashMap<>();
    private final AtomicInteger versions = new AtomicInteger();

    private FeedServer(HttpServer server) {
        this.server = server;
    }

    static FeedServer start() throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        FeedServer feeds = new FeedServer(http);
        http.createContext("/", feeds::answer);
        http.start();
        return feeds;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void serve(String path, String contentType, String body, Validators validators) {
        String lastModified =
                DateTimeFormatter.RFC_1123_DATE_TIME.format(FIRST_VERSION.plusMinutes(versions.incrementAndGet()));
        answers.put(path, new Answer(200, contentType, body, validators, lastModified));
    }

    void fail(String path, int status) {
        answers.put(path, new Answer(status, "text/plain", "failing on purpose", Validators.NONE, null));
    }

    int requests(String path) {
        return requests.computeIfAbsent(path, p -> new AtomicInteger()).get();
    }

    int notModified(String path) {
        return notModified.computeIfAbsent(path, p -> new AtomicInteger()).get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        Answer answer =
                answers.getOrDefault(path, new Answer(404, "text/plain", "no such feed", Validators.NONE, null));
        String etag = "\"" + Integer.toHexString(answer.body().hashCode()) + "\"";
        boolean unchanged =
                switch (answer.validators()) {
                    case ETAG -> etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
                    case LAST_MODIFIED ->
                        answer.lastModified()
                                .equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"));
                    case NONE -> false;
                };
        if (answer.validators() == Validators.ETAG) {
            exchange.getResponseHeaders().add("ETag", etag);
        }
        if (answer.validators() == Validators.LAST_MODIFIED) {
            exchange.getResponseHeaders().add("Last-Modified", answer.lastModified());
        }
        if (unchanged) {
            notModified.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
