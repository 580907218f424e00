package io.advocacy.listening.source.polling;

import io.advocacy.listening.source.service.ClaimedSource;
import io.advocacy.listening.source.service.FeedsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches a feed with a conditional GET (If-None-Match, If-Modified-Since) when the last answer gave validators. The
 * whole exchange, body included, is bounded in time and size, so a stalled or endless feed fails instead of holding
 * the poller. Blocks: call it on a worker thread.
 */
@ApplicationScoped
public class FeedFetcher {

    private static final String ACCEPT =
            "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";
    private static final String USER_AGENT = "advocacy-listening-service (feed poller)";

    private final FeedsConfig config;
    private final HttpClient client;

    public FeedFetcher(FeedsConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public Fetched fetch(ClaimedSource source) throws FeedFailure {
        CompletableFuture<HttpResponse<byte[]>> answer =
                client.sendAsync(request(source), LimitedBody.handler(config.maxBytes()));
        HttpResponse<byte[]> response;
        try {
            response = answer.get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new FeedFailure(
                    "no complete answer within " + config.timeout().toMillis() + " ms");
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new FeedFailure("interrupted while fetching");
        } catch (ExecutionException e) {
            throw failureOf(e.getCause());
        }
        int status = response.statusCode();
        if (status == 304) {
            return Fetched.unchanged();
        }
        if (status < 200 || status > 299) {
            throw new FeedFailure("HTTP " + status + " from " + response.uri());
        }
        return new Fetched(
                true,
                response.body(),
                response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null));
    }

    private HttpRequest request(ClaimedSource source) throws FeedFailure {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(source.url()));
        } catch (IllegalArgumentException e) {
            throw new FeedFailure("not a URL that can be fetched: " + e.getMessage(), e);
        }
        request.timeout(config.timeout())
                .header("Accept", ACCEPT)
                .header("User-Agent", USER_AGENT)
                .GET();
        if (source.etag() != null) {
            request.header("If-None-Match", source.etag());
        }
        if (source.lastModified() != null) {
            request.header("If-Modified-Since", source.lastModified());
        }
        return request.build();
    }

    /** Our own failure when the body was too large, otherwise what went wrong on the way, in a few words. */
    private static FeedFailure failureOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof FeedFailure feedFailure) {
                return feedFailure;
            }
        }
        if (failure instanceof HttpTimeoutException) {
            return new FeedFailure("no answer in time: " + failure.getMessage(), failure);
        }
        String message = failure.getMessage() == null ? "" : ": " + failure.getMessage();
        return new FeedFailure(
                "could not fetch the feed (" + failure.getClass().getSimpleName() + message + ")", failure);
    }
}
