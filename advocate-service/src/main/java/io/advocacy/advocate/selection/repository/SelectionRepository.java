package io.advocacy.advocate.selection.repository;

import io.advocacy.advocate.continuum.Category;
import io.advocacy.advocate.profile.repository.Stage;
import io.advocacy.advocate.selection.service.SelectionInputs;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads the inputs of the selection attributes, one person or a bounded window of people; call within a session. */
@ApplicationScoped
public class SelectionRepository {

    /** One person and their inputs; {@code mergedInto} is set for a profile merged away. */
    public record Row(
            UUID id, String displayName, Stage stage, Category category, UUID mergedInto, SelectionInputs inputs) {}

    /**
     * Per profile: its counts, the followers and platforms of its identities, the mentees it settled, its council
     * terms, and the days spent on the advocate side and at the active stage (each span runs to the next move, the
     * last one to now). {@code ?1} is now.
     */
    static final String INPUTS = "select a.id, a.display_name, a.stage, a.category, a.merged_into,"
            + " a.mention_count, a.positive_mentions, a.negative_mentions, a.sentiment_sum,"
            + " greatest(a.followers, coalesce(i.followers, 0)), coalesce(i.platforms, 0), coalesce(i.identities, 0),"
            + " (select count(*) from mentoring m where m.mentor_id = a.id and m.end_reason = 'settled'),"
            + " (select count(*) from council_membership c where c.advocate_id = a.id),"
            + " extract(epoch from (cast(?1 as timestamptz) - a.discovered_at)) / 86400,"
            + " (select coalesce(sum(extract(epoch from (coalesce(h.until, cast(?1 as timestamptz)) - h.changed_at))),"
            + " 0) / 86400 from (select to_category, changed_at, lead(changed_at) over (order by changed_at, id) until"
            + " from category_change where advocate_id = a.id) h"
            + " where h.to_category in ('CASUAL_ADVOCATE', 'SOCIAL_ADVOCATE', 'STRONG_ADVOCATE')),"
            + " (select coalesce(sum(extract(epoch from (coalesce(s.until, cast(?1 as timestamptz)) - s.changed_at))),"
            + " 0) / 86400 from (select to_stage, changed_at, lead(changed_at) over (order by changed_at, id) until"
            + " from stage_change where advocate_id = a.id) s where s.to_stage = 'ACTIVE'),"
            + " extract(epoch from (cast(?1 as timestamptz) - a.last_mention_at)) / 86400"
            + " from advocate a left join lateral (select sum(followers) followers,"
            + " count(distinct platform) platforms, count(*) identities from advocate_identity"
            + " where advocate_id = a.id) i on true";

    /** One person's inputs at a moment, or null when there is no such profile. */
    public Uni<Row> one(UUID id, OffsetDateTime now) {
        return rows(INPUTS + " where a.id = ?2", now, id).map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /**
     * The inputs of at most {@code limit} profiles that stand on their own (not merged away), optionally of one stage
     * and category, most recently heard from first.
     */
    public Uni<List<Row>> window(Stage stage, Category category, int limit, OffsetDateTime now) {
        List<Object> parameters = new ArrayList<>(List.of(now));
        StringBuilder sql = new StringBuilder(INPUTS).append(" where a.merged_into is null");
        if (stage != null) {
            parameters.add(stage.name());
            sql.append(" and a.stage = ?").append(parameters.size());
        }
        if (category != null) {
            parameters.add(category.name());
            sql.append(" and a.category = ?").append(parameters.size());
        }
        parameters.add(limit);
        sql.append(" order by a.last_mention_at desc nulls last, a.id limit ?").append(parameters.size());
        return rows(sql.toString(), parameters.toArray());
    }

    private static Uni<List<Row>> rows(String sql, Object... parameters) {
        return Panache.getSession()
                .chain(session -> {
                    var query = session.createNativeQuery(sql, Object[].class);
                    for (int i = 0; i < parameters.length; i++) {
                        query.setParameter(i + 1, parameters[i]);
                    }
                    return query.getResultList();
                })
                .map(rows -> rows.stream().map(SelectionRepository::row).toList());
    }

    static Row row(Object[] r) {
        long mentions = number(r[5]).longValue();
        double sentimentSum = number(r[8]).doubleValue();
        return new Row(
                (UUID) r[0],
                (String) r[1],
                Stage.valueOf((String) r[2]),
                Category.valueOf((String) r[3]),
                (UUID) r[4],
                new SelectionInputs(
                        mentions,
                        number(r[6]).longValue(),
                        number(r[7]).longValue(),
                        mentions == 0 ? 0 : sentimentSum / mentions,
                        number(r[9]).longValue(),
                        number(r[10]).longValue(),
                        number(r[11]).longValue(),
                        number(r[12]).longValue(),
                        number(r[13]).longValue(),
                        number(r[14]).doubleValue(),
                        number(r[15]).doubleValue(),
                        number(r[16]).doubleValue(),
                        r[17] == null ? null : number(r[17]).doubleValue()));
    }

    private static Number number(Object value) {
        return value == null ? 0 : (Number) value;
    }
}
