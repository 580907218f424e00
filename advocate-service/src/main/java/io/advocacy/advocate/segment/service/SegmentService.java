package io.advocacy.advocate.segment.service;

import io.advocacy.advocate.profile.repository.Advocate;
import io.advocacy.advocate.segment.repository.Segment;
import io.advocacy.advocate.segment.repository.SegmentMemberRepository;
import io.advocacy.advocate.segment.repository.SegmentRepository;
import io.advocacy.advocate.segment.rest.MemberView;
import io.advocacy.advocate.segment.rest.SegmentRequest;
import io.advocacy.advocate.segment.rest.SegmentView;
import io.advocacy.advocate.segment.rule.Rule;
import io.advocacy.platform.problem.Problem;
import io.advocacy.platform.problem.ProblemException;
import io.advocacy.platform.rest.Page;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Defines segments. Creating one, or changing its rule, evaluates it over every profile at once in SQL, under the
 * definitions lock so that no profile changes unseen meanwhile; from then on {@link SegmentMembership} keeps it in
 * step one profile at a time.
 */
@ApplicationScoped
public class SegmentService {

    private final SegmentRepository segments;
    private final SegmentMemberRepository members;
    private final SegmentRules rules;

    public SegmentService(SegmentRepository segments, SegmentMemberRepository members, SegmentRules rules) {
        this.segments = segments;
        this.members = members;
        this.rules = rules;
    }

    /**
     * Creates a segment and finds everyone who meets its rule.
     *
     * @param by the principal name of the caller
     * @throws ProblemException 400 naming each problem of the rule, 409 when the name is taken
     */
    @WithTransaction
    public Uni<SegmentView> create(SegmentRequest request, String by) {
        Rule rule = rules.parse(request.rule());
        OffsetDateTime now = SegmentMembership.now();
        Segment segment = new Segment();
        segment.id = UUID.randomUUID();
        segment.createdAt = now;
        segment.createdBy = by;
        define(segment, request, rule, by, now);
        long started = System.nanoTime();
        return segments.lockDefinitions()
                .chain(() -> checkNameFree(request.name(), null))
                .chain(() -> segments.persist(segment))
                .call(segments::flush)
                .chain(() -> members.insertMatching(segment.id, rule, now))
                .invoke(count -> Log.debugf(
                        "Segment %s created with %d members in %d ms",
                        segment.name, count, (System.nanoTime() - started) / 1_000_000))
                .map(count -> SegmentMapper.toView(segment, request.rule(), count));
    }

    /**
     * Gives a segment a new name, description and rule, and evaluates the rule over every profile at once: people
     * who still meet it keep the time they joined.
     *
     * @throws ProblemException 400 naming each problem of the rule, 404 for an unknown segment, 409 when the name is
     *     another segment's
     */
    @WithTransaction
    public Uni<SegmentView> update(UUID id, SegmentRequest request, String by) {
        Rule rule = rules.parse(request.rule());
        OffsetDateTime now = SegmentMembership.now();
        return segments.lockDefinitions()
                .chain(() -> segments.findById(id))
                .plug(ProblemException.orNotFound("Segment", id))
                .call(segment -> checkNameFree(request.name(), id))
                .invoke(segment -> define(segment, request, rule, by, now))
                .call(segments::flush)
                .call(segment -> members.deleteNotMatching(id, rule, now))
                .call(segment -> members.insertMatching(id, rule, now))
                .invoke(segment -> rules.forget(id))
                .chain(segment ->
                        members.countOf(id).map(count -> SegmentMapper.toView(segment, request.rule(), count)));
    }

    /** Deletes a segment and its memberships. */
    @WithTransaction
    public Uni<Void> delete(UUID id) {
        return segments.lockDefinitions()
                .chain(() -> segments.findById(id))
                .plug(ProblemException.orNotFound("Segment", id))
                .call(segments::delete)
                .invoke(segment -> rules.forget(id))
                .replaceWithVoid();
    }

    @WithSession
    public Uni<SegmentView> get(UUID id) {
        return segments.findById(id)
                .plug(ProblemException.orNotFound("Segment", id))
                .chain(segment -> members.countOf(id).map(count -> toView(segment, count)));
    }

    @WithSession
    public Uni<Page<SegmentView>> page(int page, int size) {
        return segments.page(page, size).chain(items -> members.counts(
                        items.stream().map(s -> s.id).toList())
                .chain(counts -> segments.count().map(total -> new Page<>(views(items, counts), page, size, total))));
    }

    /** A page of the people in a segment, longest members first. */
    @WithSession
    public Uni<Page<MemberView>> members(UUID id, int page, int size) {
        return segments.findById(id)
                .plug(ProblemException.orNotFound("Segment", id))
                .chain(segment -> members.page(id, page, size))
                .chain(rows -> members.countOf(id)
                        .map(total -> new Page<>(
                                rows.stream()
                                        .map(row -> SegmentMapper.toView((Advocate) row[0], (OffsetDateTime) row[1]))
                                        .toList(),
                                page,
                                size,
                                total)));
    }

    private List<SegmentView> views(List<Segment> items, Map<UUID, Long> counts) {
        return items.stream().map(s -> toView(s, counts.getOrDefault(s.id, 0L))).toList();
    }

    private SegmentView toView(Segment segment, long count) {
        return SegmentMapper.toView(segment, rules.read(segment.rule), count);
    }

    private void define(Segment segment, SegmentRequest request, Rule rule, String by, OffsetDateTime now) {
        segment.name = request.name().strip();
        segment.description = request.description();
        segment.rule = rules.write(request.rule());
        segment.timeDependent = rule.timeDependent();
        segment.updatedAt = now;
        segment.updatedBy = by;
        segment.evaluatedAt = now;
    }

    private Uni<Void> checkNameFree(String name, UUID except) {
        return segments.findByName(name.strip())
                .invoke(existing -> {
                    if (existing != null && !existing.id.equals(except)) {
                        throw new ProblemException(
                                409,
                                "Conflict",
                                "a segment named \"" + name.strip() + "\" exists: " + existing.id,
                                List.of(new Problem.Violation("name", "must be unique among segments")));
                    }
                })
                .replaceWithVoid();
    }
}
