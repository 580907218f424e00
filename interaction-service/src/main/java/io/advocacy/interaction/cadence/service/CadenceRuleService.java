package io.advocacy.interaction.cadence.service;

import io.advocacy.interaction.cadence.repository.CadenceRule;
import io.advocacy.interaction.cadence.repository.CadenceRuleRepository;
import io.advocacy.interaction.cadence.rest.CadenceRuleRequest;
import io.advocacy.interaction.cadence.rest.CadenceRuleView;
import io.advocacy.platform.problem.Problem;
import io.advocacy.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The programme's cadence rules: at most one per stage and one per segment. A rule ical4j cannot read, or one that
 * names both or neither of a stage and a segment, is refused before anything is stored, every wrong field named.
 */
@ApplicationScoped
public class CadenceRuleService {

    private final CadenceRuleRepository rules;
    private final RecurrenceRules recurrence;

    public CadenceRuleService(CadenceRuleRepository rules, RecurrenceRules recurrence) {
        this.rules = rules;
        this.recurrence = recurrence;
    }

    @WithSession
    public Uni<List<CadenceRuleView>> list() {
        return rules.all()
                .map(all -> all.stream().map(CadenceRuleService::toView).toList());
    }

    @WithSession
    public Uni<CadenceRuleView> find(UUID id) {
        return rules.findById(id)
                .plug(ProblemException.orNotFound("Cadence rule", id))
                .map(CadenceRuleService::toView);
    }

    /** Stores a new rule; 409 when its stage or segment has one. */
    @WithTransaction
    public Uni<CadenceRuleView> create(CadenceRuleRequest request, String updatedBy) {
        validate(request);
        CadenceRule rule = new CadenceRule();
        rule.id = UUID.randomUUID();
        return write(rule, request, updatedBy, true);
    }

    /** Replaces a rule, which may move to another stage or segment unless that one has a rule; 404 when none. */
    @WithTransaction
    public Uni<CadenceRuleView> replace(UUID id, CadenceRuleRequest request, String updatedBy) {
        validate(request);
        return rules.findById(id)
                .plug(ProblemException.orNotFound("Cadence rule", id))
                .chain(rule -> write(rule, request, updatedBy, false));
    }

    @WithTransaction
    public Uni<Void> delete(UUID id) {
        return rules.findById(id)
                .plug(ProblemException.orNotFound("Cadence rule", id))
                .call(rules::delete)
                .invoke(rule -> Log.infof("Cadence rule for %s removed", rule.source()))
                .replaceWithVoid();
    }

    private Uni<CadenceRuleView> write(CadenceRule rule, CadenceRuleRequest request, String updatedBy, boolean isNew) {
        String stage = request.stage();
        UUID segmentId = stage == null ? request.segmentId() : null;
        String target = stage != null ? "stage:" + stage : "segment:" + segmentId;
        return rules.lock(target)
                .chain(() -> rules.ofTarget(stage, segmentId))
                .chain(existing -> {
                    if (existing != null && !existing.id.equals(rule.id)) {
                        return Uni.createFrom()
                                .failure(new ProblemException(
                                        409,
                                        "Conflict",
                                        target + " already has cadence rule " + existing.id
                                                + "; change that one instead"));
                    }
                    rule.stage = stage;
                    rule.segmentId = segmentId;
                    rule.segmentName = stage == null ? blankToNull(request.segmentName()) : null;
                    rule.priority = request.priority() == null ? 0 : request.priority();
                    rule.rrule = request.rrule().strip();
                    rule.startsOn = request.startsOn() == null ? LocalDate.now(ZoneOffset.UTC) : request.startsOn();
                    rule.localTime = request.time() == null ? CadenceMapper.DEFAULT_TIME : request.time();
                    rule.durationMinutes = request.durationMinutes() == null
                            ? CadenceMapper.DEFAULT_DURATION_MINUTES
                            : request.durationMinutes();
                    rule.manager = blankToNull(request.manager());
                    rule.updatedBy = updatedBy;
                    rule.updatedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
                    return isNew ? rules.persist(rule) : Uni.createFrom().item(rule);
                })
                .invoke(stored -> Log.infof("Cadence rule for %s is now %s", stored.source(), stored.rrule))
                .map(CadenceRuleService::toView);
    }

    /** Checks what bean validation cannot: one target, priority only for segments, a rule ical4j reads. */
    private void validate(CadenceRuleRequest request) {
        List<Problem.Violation> violations = new ArrayList<>();
        boolean hasStage = request.stage() != null;
        boolean hasSegment = request.segmentId() != null;
        if (hasStage == hasSegment) {
            String message = "exactly one of stage and segmentId is required";
            violations.add(new Problem.Violation("stage", message));
            violations.add(new Problem.Violation("segmentId", message));
        }
        if (hasStage && request.priority() != null) {
            violations.add(new Problem.Violation("priority", "applies to segment rules only"));
        }
        if (hasStage && request.segmentName() != null) {
            violations.add(new Problem.Violation("segmentName", "applies to segment rules only"));
        }
        try {
            recurrence.parse(request.rrule());
        } catch (ProblemException e) {
            violations.addAll(e.violations());
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(
                    400,
                    "Invalid request",
                    violations.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; ")),
                    violations);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static CadenceRuleView toView(CadenceRule rule) {
        return new CadenceRuleView(
                rule.id,
                rule.source(),
                rule.stage,
                rule.segmentId,
                rule.segmentName,
                rule.priority,
                rule.rrule,
                rule.startsOn,
                rule.localTime,
                rule.durationMinutes,
                rule.manager,
                rule.updatedBy,
                rule.updatedAt);
    }
}
