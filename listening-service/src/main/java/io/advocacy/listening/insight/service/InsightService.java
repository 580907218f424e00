package io.advocacy.listening.insight.service;

import io.advocacy.listening.author.repository.AuthorRepository;
import io.advocacy.listening.author.rest.AuthorView;
import io.advocacy.listening.insight.repository.AlertRepository;
import io.advocacy.listening.insight.repository.ProgrammeFigures;
import io.advocacy.listening.insight.rest.AlertView;
import io.advocacy.listening.insight.rest.ShareOfVoice;
import io.advocacy.listening.insight.rest.TimelineBucket;
import io.advocacy.platform.problem.ProblemException;
import io.advocacy.platform.rest.Page;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** What a programme's managers see: mentions over time by sentiment, top authors, share of voice, open alerts. */
@ApplicationScoped
public class InsightService {

    private final ProgrammeFigures figures;
    private final AuthorRepository authors;
    private final AlertRepository alerts;

    public InsightService(ProgrammeFigures figures, AuthorRepository authors, AlertRepository alerts) {
        this.figures = figures;
        this.authors = authors;
        this.alerts = alerts;
    }

    @WithSession
    public Uni<List<TimelineBucket>> timeline(String programme, Period period, String unit) {
        return figures.timeline(programme, unit, period.from(), period.to()).map(rows -> rows.stream()
                .map(row -> {
                    long positive = number(row[1]);
                    long neutral = number(row[2]);
                    long negative = number(row[3]);
                    long unscored = number(row[4]);
                    return new TimelineBucket(
                            (String) row[0],
                            positive,
                            neutral,
                            negative,
                            unscored,
                            positive + neutral + negative + unscored);
                })
                .toList());
    }

    @WithSession
    public Uni<ShareOfVoice> shareOfVoice(String programme, List<String> terms, Period period) {
        return Multi.createFrom()
                .iterable(terms)
                .onItem()
                .transformToUniAndConcatenate(
                        term -> figures.mentionsWith(programme, wordPattern(term), period.from(), period.to())
                                .map(count -> new long[] {terms.indexOf(term), count}))
                .collect()
                .asList()
                .map(counts -> {
                    long all = counts.stream().mapToLong(c -> c[1]).sum();
                    List<ShareOfVoice.Term> shares = counts.stream()
                            .map(c -> new ShareOfVoice.Term(
                                    terms.get((int) c[0]),
                                    c[1],
                                    all == 0 ? 0 : Math.round(10_000.0 * c[1] / all) / 10_000.0))
                            .sorted(Comparator.comparingLong(ShareOfVoice.Term::mentions)
                                    .reversed())
                            .toList();
                    return new ShareOfVoice(
                            period.from().toString(), period.to().toString(), shares);
                });
    }

    @WithSession
    public Uni<List<AuthorView>> topAuthors(String programme, int size) {
        return figures.topAuthorKeys(programme, size)
                .chain(keys -> keys.isEmpty()
                        ? Uni.createFrom().item(List.<AuthorView>of())
                        : authors.list("authorKey in ?1", keys).map(found -> found.stream()
                                .sorted(Comparator.comparingInt(a -> keys.indexOf(a.authorKey)))
                                .map(InsightMapper::toView)
                                .toList()));
    }

    @WithSession
    public Uni<Page<AlertView>> alerts(String programme, boolean openOnly, int page, int size) {
        return alerts.page(programme, openOnly, page, size).chain(items -> alerts.count(programme, openOnly)
                .map(total ->
                        new Page<>(items.stream().map(InsightMapper::toView).toList(), page, size, total)));
    }

    @WithTransaction
    public Uni<AlertView> close(String programme, UUID id, String by) {
        return alerts.findById(id)
                .plug(ProblemException.orNotFound("Alert", id))
                .invoke(alert -> {
                    if (!alert.programme.equals(programme)) {
                        throw ProblemException.notFound("Alert", id);
                    }
                    if (alert.closedAt == null) {
                        alert.closedAt = OffsetDateTime.now(ZoneOffset.UTC);
                        alert.closedBy = by;
                    }
                })
                .map(InsightMapper::toView);
    }

    /** A case-insensitive PostgreSQL pattern matching the term as whole words. */
    static String wordPattern(String term) {
        return "\\m" + term.strip().replaceAll("\\s+", "\\\\s+") + "\\M";
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
