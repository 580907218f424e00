package io.advocacy.advocate.kpi.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;

/** Set-based reads of the category and stage histories for the programme's measures; call within a session. */
@ApplicationScoped
public class KpiRepository {

    /** The category each person stood in at a moment (their latest move at or before it): category, people. */
    private static final String CATEGORY_AT =
            "select distinct on (advocate_id) advocate_id, to_category from category_change where changed_at <= ?";

    /** How many people stood in each category at the moment: rows of category name and count. */
    public Uni<List<Object[]>> categoriesAt(OffsetDateTime at) {
        return rows(
                "select to_category, count(*) from (" + positional(CATEGORY_AT, 1)
                        + " order by advocate_id, changed_at desc, id) latest group by to_category",
                at);
    }

    /**
     * How many people moved from one category to another between two moments: rows of the category at {@code from}
     * (null for people not yet placed), the category at {@code until}, and the count. People not yet placed at
     * {@code until} are absent.
     */
    public Uni<List<Object[]>> moves(OffsetDateTime from, OffsetDateTime until) {
        return rows(
                "select before.to_category, after.to_category, count(*) from ("
                        + positional(CATEGORY_AT, 2) + " order by advocate_id, changed_at desc, id) after"
                        + " left join (" + positional(CATEGORY_AT, 1)
                        + " order by advocate_id, changed_at desc, id) before on before.advocate_id = after.advocate_id"
                        + " group by before.to_category, after.to_category",
                from,
                until);
    }

    /** How many people ever reached each stage after discovery: rows of stage name and count. */
    public Uni<List<Object[]>> reachedStages() {
        return rows("select to_stage, count(distinct advocate_id) from stage_change group by to_stage");
    }

    /** How many people stand at each stage now: rows of stage name and count. */
    public Uni<List<Object[]>> currentStages() {
        return rows("select stage, count(*) from advocate group by stage");
    }

    /** How many people nobody looks after. */
    public Uni<Long> unassigned() {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select count(*) from advocate where manager is null", Long.class)
                .getSingleResult());
    }

    /**
     * The buddy system's and the councils' reach in one row: open pairings, people waiting for a mentor, mentors with
     * a mentee, pairings that ended settled, councils, their seats, seats taken, councils with a chair, active people
     * (profiles that stand on their own) and active people who sit on a council.
     */
    public Uni<Object[]> coverage() {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select (select count(*) from mentoring where ended_at is null),"
                                + " (select count(*) from mentee_waiting),"
                                + " (select count(distinct mentor_id) from mentoring where ended_at is null),"
                                + " (select count(*) from mentoring where end_reason = 'settled'),"
                                + " (select count(*) from council),"
                                + " (select coalesce(sum(seats), 0) from council),"
                                + " (select count(*) from council_membership where ended_at is null),"
                                + " (select count(*) from council where chair_id is not null),"
                                + " (select count(*) from advocate where stage = 'ACTIVE' and merged_into is null),"
                                + " (select count(distinct m.advocate_id) from council_membership m join advocate a"
                                + " on a.id = m.advocate_id where m.ended_at is null and a.stage = 'ACTIVE'"
                                + " and a.merged_into is null)",
                        Object[].class)
                .getSingleResult());
    }

    private static String positional(String sql, int position) {
        return sql.replace("?", "?" + position);
    }

    private static Uni<List<Object[]>> rows(String sql, Object... parameters) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, Object[].class);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.getResultList();
        });
    }
}
