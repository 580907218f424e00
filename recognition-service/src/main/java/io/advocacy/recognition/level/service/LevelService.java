package io.advocacy.recognition.level.service;

import io.advocacy.platform.events.EventPublisher;
import io.advocacy.platform.events.OutgoingEvent;
import io.advocacy.platform.problem.Problem;
import io.advocacy.platform.problem.ProblemException;
import io.advocacy.recognition.award.repository.Award;
import io.advocacy.recognition.award.repository.AwardRepository;
import io.advocacy.recognition.badge.repository.BadgeDefinition;
import io.advocacy.recognition.badge.repository.BadgeDefinitionRepository;
import io.advocacy.recognition.criteria.repository.FactRepository;
import io.advocacy.recognition.level.messaging.LevelReachedEvent;
import io.advocacy.recognition.level.repository.LevelDefinition;
import io.advocacy.recognition.level.repository.LevelDefinitionRepository;
import io.advocacy.recognition.level.repository.LevelReached;
import io.advocacy.recognition.level.repository.LevelReachedRepository;
import io.advocacy.recognition.level.rest.LevelBackfillView;
import io.advocacy.recognition.level.rest.LevelRequest;
import io.advocacy.recognition.level.rest.RecognitionView;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Keeps the level definitions, decides when a person reaches one, and shows a person's recognition. */
@ApplicationScoped
public class LevelService {

    private final LevelDefinitionRepository levels;
    private final LevelReachedRepository reached;
    private final AwardRepository awards;
    private final BadgeDefinitionRepository badges;
    private final FactRepository facts;
    private final EventPublisher events;

    public LevelService(
            LevelDefinitionRepository levels,
            LevelReachedRepository reached,
            AwardRepository awards,
            BadgeDefinitionRepository badges,
            FactRepository facts,
            EventPublisher events) {
        this.levels = levels;
        this.reached = reached;
        this.awards = awards;
        this.badges = badges;
        this.facts = facts;
        this.events = events;
    }

    /** Defines a level; 400 naming each unknown badge, 409 when its code is taken. */
    @WithTransaction
    public Uni<LevelDefinition> define(LevelRequest request) {
        return knownBadges(request).chain(() -> levels.findById(request.code())).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom()
                        .failure(new ProblemException(409, "Conflict", "level " + request.code() + " already exists"));
            }
            LevelDefinition level = LevelMapper.newLevel(request);
            Log.debugf("Defined level %s", level.code);
            return levels.persist(level);
        });
    }

    /** Replaces a level's definition (not its code); levels already reached stay reached. */
    @WithTransaction
    public Uni<LevelDefinition> redefine(String code, LevelRequest request) {
        if (!code.equals(request.code())) {
            return Uni.createFrom()
                    .failure(new ProblemException(
                            400,
                            "Bad Request",
                            "a level's code cannot change",
                            List.of(new Problem.Violation("code", "must be " + code + ", the level's code"))));
        }
        return knownBadges(request)
                .chain(() -> levels.findById(code))
                .plug(ProblemException.orNotFound("Level", code))
                .invoke(level -> LevelMapper.apply(request, level));
    }

    /** Stops a level being reached; those who reached it keep it. */
    @WithTransaction
    public Uni<LevelDefinition> retire(String code) {
        return levels.findById(code)
                .plug(ProblemException.orNotFound("Level", code))
                .invoke(level -> {
                    if (level.retiredAt == null) {
                        level.retiredAt = LevelMapper.now();
                    }
                });
    }

    @WithSession
    public Uni<LevelDefinition> find(String code) {
        return levels.findById(code).plug(ProblemException.orNotFound("Level", code));
    }

    @WithSession
    public Uni<List<LevelDefinition>> all() {
        return levels.listByCode();
    }

    /**
     * Records every level the person's standing badges unlock and that they had not reached, and announces each.
     * Runs inside the caller's transaction, under the person's recognition lock; answers how many were reached.
     */
    public Uni<Integer> evaluate(UUID advocateId) {
        return levels.active().chain(active -> evaluate(advocateId, active));
    }

    /**
     * Reaches one level for everyone whose standing badges unlock it, one transaction per person under their
     * recognition lock, idempotently: for a level defined after people earned its badges. 404 for an unknown level,
     * 409 for a retired one.
     */
    public Uni<LevelBackfillView> backfill(String code) {
        return Panache.withSession(() -> levels.findById(code).plug(ProblemException.orNotFound("Level", code)))
                .chain(level -> {
                    if (level.retiredAt != null) {
                        return Uni.createFrom()
                                .failure(new ProblemException(
                                        409, "Conflict", "level " + code + " was retired at " + level.retiredAt));
                    }
                    return Panache.withSession(awards::holders).chain(holders -> {
                        Uni<Integer> total = Uni.createFrom().item(0);
                        for (UUID advocateId : holders) {
                            total = total.chain(sum -> Panache.withTransaction(() -> facts.lock(advocateId)
                                            .chain(() -> levels.findById(code))
                                            .chain(fresh -> evaluate(advocateId, List.of(fresh))))
                                    .map(reachedNow -> sum + reachedNow));
                        }
                        return total.map(reachedNow -> new LevelBackfillView(code, holders.size(), reachedNow));
                    });
                });
    }

    private Uni<Integer> evaluate(UUID advocateId, List<LevelDefinition> candidates) {
        return awards.standing(advocateId).chain(standing -> {
            List<String> held = heldCodes(standing);
            Uni<Integer> total = Uni.createFrom().item(0);
            for (LevelDefinition level : candidates) {
                if (unlocked(level, held)) {
                    total = total.chain(sum -> reach(advocateId, level, held).map(done -> done ? sum + 1 : sum));
                }
            }
            return total;
        });
    }

    private Uni<Boolean> reach(UUID advocateId, LevelDefinition level, List<String> held) {
        LevelReached reachedNow = LevelMapper.reached(advocateId, level, held);
        return reached.insertIfAbsent(reachedNow).chain(created -> {
            if (!created) {
                return Uni.createFrom().item(false);
            }
            Log.debugf("Advocate %s reached level %s", advocateId, level.code);
            return events.publish(new OutgoingEvent(
                            LevelReachedEvent.TOPIC,
                            LevelReachedEvent.TYPE,
                            advocateId.toString(),
                            LevelMapper.toEvent(reachedNow, level, held)))
                    .replaceWith(true);
        });
    }

    /** The person's standing badges, levels reached, and what the others still need. */
    @WithSession
    public Uni<RecognitionView> recognition(UUID advocateId) {
        return awards.standing(advocateId).chain(standing -> badges.listByCode()
                .chain(definitions -> reached.of(advocateId).chain(done -> levels.listByCode()
                        .map(all -> view(advocateId, standing, definitions, done, all)))));
    }

    private static RecognitionView view(
            UUID advocateId,
            List<Award> standing,
            List<BadgeDefinition> definitions,
            List<LevelReached> done,
            List<LevelDefinition> all) {
        Map<String, BadgeDefinition> badgeByCode =
                definitions.stream().collect(Collectors.toMap(b -> b.code, Function.identity()));
        Map<String, LevelDefinition> levelByCode =
                all.stream().collect(Collectors.toMap(l -> l.code, Function.identity()));
        List<RecognitionView.Badge> badgeViews = standing.stream()
                .map(award -> {
                    BadgeDefinition badge = badgeByCode.get(award.badgeCode);
                    return new RecognitionView.Badge(
                            award.id,
                            award.badgeCode,
                            badge == null ? award.badgeCode : badge.name,
                            badge == null ? null : badge.image,
                            award.period.isEmpty() ? null : award.period,
                            award.awardedAt,
                            award.reason);
                })
                .toList();
        List<RecognitionView.Level> levelViews = done.stream()
                .map(r -> new RecognitionView.Level(
                        r.levelCode, levelByCode.get(r.levelCode).name, r.reachedAt, r.reason))
                .toList();
        Set<String> reachedCodes = done.stream().map(r -> r.levelCode).collect(Collectors.toSet());
        List<String> held = heldCodes(standing);
        List<RecognitionView.NextLevel> next = new ArrayList<>();
        for (LevelDefinition level : all) {
            if (level.retiredAt != null || reachedCodes.contains(level.code)) {
                continue;
            }
            List<String> missing = LevelMapper.badges(level).stream()
                    .filter(code -> !held.contains(code))
                    .toList();
            Integer toGo = level.orCount == null ? null : Math.max(0, level.orCount - held.size());
            next.add(new RecognitionView.NextLevel(level.code, level.name, missing, toGo));
        }
        return new RecognitionView(advocateId, badgeViews, levelViews, next);
    }

    /** Unlocked by every badge it names (when it names any), or by at least {@code orCount} badges. */
    static boolean unlocked(LevelDefinition level, List<String> held) {
        List<String> required = LevelMapper.badges(level);
        boolean allRequired = !required.isEmpty() && held.containsAll(required);
        boolean enough = level.orCount != null && held.size() >= level.orCount;
        return allRequired || enough;
    }

    /** The distinct badges the person holds, by code. */
    private static List<String> heldCodes(List<Award> standing) {
        return standing.stream().map(a -> a.badgeCode).distinct().sorted().toList();
    }

    private Uni<Void> knownBadges(LevelRequest request) {
        List<String> named = request.requires().badgeCodes();
        if (named.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return badges.listByCode()
                .invoke(all -> {
                    Set<String> known = all.stream().map(b -> b.code).collect(Collectors.toSet());
                    List<Problem.Violation> violations = new ArrayList<>();
                    for (int i = 0; i < named.size(); i++) {
                        if (!known.contains(named.get(i))) {
                            violations.add(new Problem.Violation(
                                    "requires.badges[" + i + "]", "there is no badge " + named.get(i)));
                        }
                    }
                    if (!violations.isEmpty()) {
                        throw new ProblemException(
                                400, "Bad Request", "a level can only require badges that exist", violations);
                    }
                })
                .replaceWithVoid();
    }
}
