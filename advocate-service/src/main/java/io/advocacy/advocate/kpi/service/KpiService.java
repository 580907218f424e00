package io.advocacy.advocate.kpi.service;

import io.advocacy.advocate.continuum.Category;
import io.advocacy.advocate.continuum.FourA;
import io.advocacy.advocate.kpi.repository.KpiRepository;
import io.advocacy.advocate.kpi.rest.ContinuumView;
import io.advocacy.advocate.kpi.rest.CoverageView;
import io.advocacy.advocate.kpi.rest.LifecycleView;
import io.advocacy.advocate.kpi.rest.ManagerLoadView;
import io.advocacy.advocate.kpi.rest.MovementView;
import io.advocacy.advocate.manager.repository.ManagerRepository;
import io.advocacy.advocate.profile.repository.AdvocateRepository;
import io.advocacy.advocate.profile.repository.Stage;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The programme's measures, read from the category and stage histories and the managers' loads. */
@ApplicationScoped
public class KpiService {

    private final KpiRepository kpis;
    private final ManagerRepository managers;
    private final AdvocateRepository advocates;

    public KpiService(KpiRepository kpis, ManagerRepository managers, AdvocateRepository advocates) {
        this.kpis = kpis;
        this.managers = managers;
        this.advocates = advocates;
    }

    /** Where people stood on the continuum at a moment, from each person's latest move at or before it. */
    @WithSession
    public Uni<ContinuumView> continuum(OffsetDateTime at) {
        return kpis.categoriesAt(at).map(rows -> {
            Map<String, Long> categories = new LinkedHashMap<>();
            Map<String, Long> fourAs = new LinkedHashMap<>();
            for (Category c : Category.values()) {
                categories.put(c.wireName(), 0L);
            }
            for (FourA a : FourA.values()) {
                fourAs.put(a.wireName(), 0L);
            }
            long total = 0;
            for (Object[] row : rows) {
                Category category = Category.valueOf((String) row[0]);
                long people = ((Number) row[1]).longValue();
                categories.merge(category.wireName(), people, Long::sum);
                fourAs.merge(category.fourA().wireName(), people, Long::sum);
                total += people;
            }
            return new ContinuumView(at, total, categories, fourAs);
        });
    }

    /** The matrix of moves between categories from one moment to another. */
    @WithSession
    public Uni<MovementView> movement(OffsetDateTime from, OffsetDateTime until) {
        return kpis.moves(from, until).map(rows -> {
            List<MovementView.Move> moves = new ArrayList<>();
            long right = 0;
            long left = 0;
            long stayed = 0;
            long placed = 0;
            for (Object[] row : rows) {
                Category before = row[0] == null ? null : Category.valueOf((String) row[0]);
                Category after = Category.valueOf((String) row[1]);
                long people = ((Number) row[2]).longValue();
                moves.add(new MovementView.Move(before == null ? null : before.wireName(), after.wireName(), people));
                if (before == null) {
                    placed += people;
                } else if (after.ordinal() > before.ordinal()) {
                    right += people;
                } else if (after.ordinal() < before.ordinal()) {
                    left += people;
                } else {
                    stayed += people;
                }
            }
            moves.sort((a, b) -> a.from() == null
                    ? (b.from() == null ? a.to().compareTo(b.to()) : -1)
                    : b.from() == null ? 1 : compare(a, b));
            return new MovementView(from, until, moves, right, left, stayed, placed);
        });
    }

    private static int compare(MovementView.Move a, MovementView.Move b) {
        int byFrom = Integer.compare(
                Category.fromWireName(a.from()).ordinal(),
                Category.fromWireName(b.from()).ordinal());
        return byFrom != 0
                ? byFrom
                : Integer.compare(
                        Category.fromWireName(a.to()).ordinal(),
                        Category.fromWireName(b.to()).ordinal());
    }

    /** How many people reached each stage and how many of those at one stage reached the next. */
    @WithSession
    public Uni<LifecycleView> lifecycle() {
        return kpis.reachedStages().chain(reachedRows -> kpis.currentStages().map(currentRows -> {
            Map<String, Long> reached = counts(reachedRows);
            Map<String, Long> current = counts(currentRows);
            long everyone = current.values().stream().mapToLong(Long::longValue).sum();
            List<LifecycleView.StageStep> steps = new ArrayList<>();
            Long previous = null;
            for (Stage stage : Stage.values()) {
                long atStage = stage == Stage.DISCOVERED ? everyone : reached.getOrDefault(stage.name(), 0L);
                Double conversion =
                        previous == null || previous == 0 ? null : Math.round(atStage * 10_000.0 / previous) / 10_000.0;
                steps.add(new LifecycleView.StageStep(
                        stage.wireName(), atStage, current.getOrDefault(stage.name(), 0L), conversion));
                previous = atStage;
            }
            return new LifecycleView(steps);
        }));
    }

    /** Each active manager's load against their capacity, and how many people nobody looks after. */
    @WithSession
    public Uni<ManagerLoadView> managers() {
        return managers.active().chain(active -> advocates.loads().chain(loads -> kpis.unassigned()
                .map(unassigned -> {
                    List<ManagerLoadView.Load> rows = active.stream()
                            .map(m -> {
                                long load = loads.getOrDefault(m.username, 0L);
                                return new ManagerLoadView.Load(
                                        m.username,
                                        m.capacity,
                                        load,
                                        m.capacity == 0 ? null : Math.round(load * 10_000.0 / m.capacity) / 10_000.0);
                            })
                            .toList();
                    return new ManagerLoadView(
                            rows,
                            rows.stream()
                                    .mapToLong(ManagerLoadView.Load::capacity)
                                    .sum(),
                            rows.stream().mapToLong(ManagerLoadView.Load::load).sum(),
                            unassigned);
                })));
    }

    private static Map<String, Long> counts(List<Object[]> rows) {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** How far the buddy system and the councils reach now. */
    @WithSession
    public Uni<CoverageView> coverage() {
        return kpis.coverage().map(row -> {
            long[] n = new long[row.length];
            for (int i = 0; i < row.length; i++) {
                n[i] = ((Number) row[i]).longValue();
            }
            return new CoverageView(
                    new CoverageView.Mentoring(n[0], n[1], ratio(n[0], n[0] + n[1]), n[2], n[3]),
                    new CoverageView.Councils(
                            n[4], n[5], n[6], ratio(n[6], n[5]), n[7], n[8], n[9], ratio(n[9], n[8])));
        });
    }

    /** part / whole to four decimals, null for a whole of 0. */
    static Double ratio(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }
}
