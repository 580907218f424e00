package io.advocacy.recognition.criteria.service;

import io.advocacy.recognition.criteria.repository.Fact;
import io.advocacy.recognition.criteria.repository.FactKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides from a person's facts, oldest first, where a badge's criteria were met: once for a badge earned once, or
 * once in each period for a repeatable one, where only that period's facts count. Pure: the same history always gives
 * the same answer, whether evaluated as the facts arrive or afterwards over the stored log (backfill).
 */
public final class Evaluator {

    private Evaluator() {}

    /**
     * Where the criteria were met.
     *
     * @param fact the fact that met them
     * @param periodKey the period it was met in, or {@code ""} for a badge earned once
     */
    public record Achievement(String periodKey, Fact fact) {}

    /** Each time the criteria were met: at most one, or one per period when {@code period} is given. */
    public static List<Achievement> achievements(Rule rule, List<Fact> history, String period) {
        if (period == null) {
            int met = firstMet(rule, history);
            return met < 0 ? List.of() : List.of(new Achievement("", history.get(met)));
        }
        Map<String, List<Fact>> byPeriod = new LinkedHashMap<>();
        for (Fact fact : history) {
            byPeriod.computeIfAbsent(Periods.key(period, fact.occurredAt), key -> new ArrayList<>())
                    .add(fact);
        }
        List<Achievement> achievements = new ArrayList<>();
        byPeriod.forEach((key, facts) -> {
            int met = firstMet(rule, facts);
            if (met >= 0) {
                achievements.add(new Achievement(key, facts.get(met)));
            }
        });
        return achievements;
    }

    /** The index of the fact with which the criteria were first met, or -1. */
    static int firstMet(Rule rule, List<Fact> facts) {
        switch (rule.shape()) {
            case COUNT:
                return count(rule, facts);
            case IN_A_ROW:
                return inARow(rule, facts);
            case CONSECUTIVE_PERIODS:
                return consecutivePeriods(rule, facts);
            case EVENT:
                return FactKind.CATEGORY_REACHED.equals(rule.event())
                        ? categoryReached(rule, facts)
                        : count(rule, facts);
            default:
                throw new IllegalArgumentException("unknown shape " + rule.shape());
        }
    }

    private static int count(Rule rule, List<Fact> facts) {
        int seen = 0;
        for (int i = 0; i < facts.size(); i++) {
            if (rule.event().equals(facts.get(i).kind) && ++seen >= rule.times()) {
                return i;
            }
        }
        return -1;
    }

    private static int inARow(Rule rule, List<Fact> facts) {
        String breaker = FactKind.breakerOf(rule.event());
        int run = 0;
        for (int i = 0; i < facts.size(); i++) {
            String kind = facts.get(i).kind;
            if (rule.event().equals(kind)) {
                if (++run >= rule.times()) {
                    return i;
                }
            } else if (kind.equals(breaker)) {
                run = 0;
            }
        }
        return -1;
    }

    private static int consecutivePeriods(Rule rule, List<Fact> facts) {
        int run = 0;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < facts.size(); i++) {
            Fact fact = facts.get(i);
            if (!rule.event().equals(fact.kind)) {
                continue;
            }
            long index = Periods.index(rule.period(), fact.occurredAt);
            if (index == last) {
                continue;
            }
            run = index == last + 1 ? run + 1 : 1;
            last = index;
            if (run >= rule.times()) {
                return i;
            }
        }
        return -1;
    }

    /** The person reached {@code to} having stood on {@code from} before (anywhere when no {@code from}). */
    private static int categoryReached(Rule rule, List<Fact> facts) {
        boolean wasThere = rule.from() == null;
        for (int i = 0; i < facts.size(); i++) {
            Fact fact = facts.get(i);
            if (!FactKind.CATEGORY_REACHED.equals(fact.kind)) {
                continue;
            }
            wasThere = wasThere || Categories.within(fact.fromCategory, rule.from());
            if (wasThere && Categories.within(fact.toCategory, rule.to())) {
                return i;
            }
            wasThere = wasThere || Categories.within(fact.toCategory, rule.from());
        }
        return -1;
    }
}
