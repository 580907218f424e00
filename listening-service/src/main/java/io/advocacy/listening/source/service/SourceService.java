package io.advocacy.listening.source.service;

import io.advocacy.listening.source.repository.FeedSource;
import io.advocacy.listening.source.repository.FeedSourceRepository;
import io.advocacy.listening.source.rest.SourceRequest;
import io.advocacy.listening.source.rest.SourceUpdate;
import io.advocacy.listening.source.rest.SourceView;
import io.advocacy.platform.problem.Problem;
import io.advocacy.platform.problem.ProblemException;
import io.advocacy.platform.rest.Page;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Saves the feed sources program admins configure, checking each URL and interval first, and reads them back with
 * their health. A new or changed source is due at once.
 */
@ApplicationScoped
public class SourceService {

    private static final String DEFAULT_PLATFORM = "blog";

    private final FeedSourceRepository sources;
    private final FeedsConfig config;

    public SourceService(FeedSourceRepository sources, FeedsConfig config) {
        this.sources = sources;
        this.config = config;
    }

    @WithTransaction
    public Uni<SourceView> create(SourceRequest request, String author) {
        int interval = validate(request.url(), request.pollIntervalSeconds());
        String url = request.url().strip();
        return ensureNotPolled(request.programme(), url)
                .map(ignored -> {
                    OffsetDateTime now = now();
                    FeedSource source = new FeedSource();
                    source.id = UUID.randomUUID();
                    source.programme = request.programme();
                    source.name = request.name().strip();
                    source.url = url;
                    source.platform = platform(request.platform());
                    source.pollIntervalSeconds = interval;
                    source.active = true;
                    source.createdAt = now;
                    source.updatedAt = now;
                    source.createdBy = author;
                    source.seenEntryIds = new String[0];
                    source.nextPollAt = now;
                    return source;
                })
                .call(source -> sources.persist(source))
                .map(SourceMapper::toView);
    }

    @WithTransaction
    public Uni<SourceView> update(UUID id, SourceUpdate update) {
        int interval = validate(update.url(), update.pollIntervalSeconds());
        String url = update.url().strip();
        return existing(id)
                .call(source ->
                        url.equals(source.url) ? Uni.createFrom().voidItem() : ensureNotPolled(source.programme, url))
                .map(source -> {
                    OffsetDateTime now = now();
                    if (!url.equals(source.url)) {
                        // Another feed: its validators and cursor mean nothing there.
                        source.url = url;
                        source.etag = null;
                        source.lastModified = null;
                        source.lastEntryPublishedAt = null;
                        source.seenEntryIds = new String[0];
                        source.consecutiveFailures = 0;
                    }
                    source.name = update.name().strip();
                    source.platform = platform(update.platform());
                    source.pollIntervalSeconds = interval;
                    source.active = true;
                    source.updatedAt = now;
                    source.nextPollAt = now;
                    return SourceMapper.toView(source);
                });
    }

    /** Stops polling a source; it keeps its cursor and health, and saving it again resumes from there. */
    @WithTransaction
    public Uni<Void> deactivate(UUID id) {
        return existing(id)
                .invoke(source -> {
                    source.active = false;
                    source.updatedAt = now();
                })
                .replaceWithVoid();
    }

    @WithSession
    public Uni<SourceView> get(UUID id) {
        return sources.findById(id)
                .plug(ProblemException.orNotFound("Source", id))
                .map(SourceMapper::toView);
    }

    @WithSession
    public Uni<Page<SourceView>> page(String programme, int page, int size) {
        return sources.page(programme, page, size)
                .map(list -> list.stream().map(SourceMapper::toView).toList())
                .chain(items -> sources.count(programme).map(total -> new Page<>(items, page, size, total)));
    }

    /** Fails with a 409 when the programme already polls the URL. */
    private Uni<Void> ensureNotPolled(String programme, String url) {
        return sources.findByUrl(programme, url)
                .invoke(existing -> {
                    if (existing != null) {
                        throw new ProblemException(
                                409,
                                "Conflict",
                                "programme " + programme + " already polls " + url + ": source " + existing.id);
                    }
                })
                .replaceWithVoid();
    }

    private Uni<FeedSource> existing(UUID id) {
        return sources.lock(id).plug(ProblemException.orNotFound("Source", id));
    }

    /** Checks what annotations cannot: a URL with a host, an interval within the configured bounds. */
    private int validate(String url, Integer pollIntervalSeconds) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (!hasHost(url.strip())) {
            violations.add(new Problem.Violation("url", "must be an http or https URL with a host"));
        }
        int interval = pollIntervalSeconds == null ? config.defaultIntervalSeconds() : pollIntervalSeconds;
        if (interval < config.minIntervalSeconds() || interval > config.maxIntervalSeconds()) {
            violations.add(new Problem.Violation(
                    "pollIntervalSeconds",
                    "must be between " + config.minIntervalSeconds() + " and " + config.maxIntervalSeconds()));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "Invalid request", violations.size() + " field(s) are invalid", violations);
        }
        return interval;
    }

    private static boolean hasHost(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static String platform(String platform) {
        return platform == null || platform.isBlank()
                ? DEFAULT_PLATFORM
                : platform.strip().toLowerCase(Locale.ROOT);
    }
}
