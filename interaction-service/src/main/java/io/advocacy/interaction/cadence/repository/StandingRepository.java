package io.advocacy.interaction.cadence.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where each person stands in the programme as advocate-service announced it: their lifecycle stage and the segments
 * they are in. Each fact keeps the moment it was true from, so an older event arriving after a newer one changes
 * nothing, and the same event applied twice changes nothing either.
 */
@ApplicationScoped
public class StandingRepository {

    /** Records the person's stage as of {@code at}, unless a later stage is known. */
    public Uni<Void> stage(UUID advocateId, String stage, OffsetDateTime at) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "insert into advocate_stage (advocate_id, stage, changed_at) values (?1, ?2, ?3)"
                                        + " on conflict (advocate_id) do update set stage = excluded.stage,"
                                        + " changed_at = excluded.changed_at"
                                        + " where advocate_stage.changed_at <= excluded.changed_at")
                        .setParameter(1, advocateId)
                        .setParameter(2, stage)
                        .setParameter(3, at)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /**
     * Records whether the person is in the segment as of {@code at}, unless a later join or leave is known. Leaving a
     * segment nobody knew them to be in stores nothing (as when the leave follows their erasure).
     */
    public Uni<Void> membership(UUID advocateId, UUID segmentId, boolean member, OffsetDateTime at) {
        String sql = member
                ? "insert into advocate_segment (advocate_id, segment_id, member, changed_at) values (?1, ?2, true, ?3)"
                        + " on conflict (advocate_id, segment_id) do update set member = true,"
                        + " changed_at = excluded.changed_at where advocate_segment.changed_at <= excluded.changed_at"
                : "update advocate_segment set member = false, changed_at = ?3"
                        + " where advocate_id = ?1 and segment_id = ?2 and changed_at <= ?3";
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(sql)
                        .setParameter(1, advocateId)
                        .setParameter(2, segmentId)
                        .setParameter(3, at)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** The person's stage, or null when none was announced. */
    public Uni<String> stageOf(UUID advocateId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "select stage from advocate_stage where advocate_id = ?1", String.class)
                        .setParameter(1, advocateId)
                        .getResultList())
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /** The segments the person is in. */
    public Uni<List<UUID>> segmentsOf(UUID advocateId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "select cast(segment_id as text) from advocate_segment where advocate_id = ?1 and member",
                                String.class)
                        .setParameter(1, advocateId)
                        .getResultList())
                .map(rows -> rows.stream().map(UUID::fromString).toList());
    }

    /** The stage of everyone whose stage has a cadence rule. */
    public Uni<Map<UUID, String>> stagesWithRules() {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "select cast(s.advocate_id as text), s.stage from advocate_stage s"
                                        + " where s.stage in (select r.stage from cadence_rule r where r.stage is not null)",
                                Object[].class)
                        .getResultList())
                .map(rows -> {
                    Map<UUID, String> stages = new HashMap<>();
                    rows.forEach(row -> stages.put(UUID.fromString((String) row[0]), (String) row[1]));
                    return stages;
                });
    }

    /** The segments with a cadence rule that each person is in. */
    public Uni<Map<UUID, List<UUID>>> segmentsWithRules() {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "select cast(s.advocate_id as text), cast(s.segment_id as text) from advocate_segment s"
                                        + " where s.member and s.segment_id in"
                                        + " (select r.segment_id from cadence_rule r where r.segment_id is not null)",
                                Object[].class)
                        .getResultList())
                .map(rows -> {
                    Map<UUID, List<UUID>> segments = new HashMap<>();
                    rows.forEach(
                            row -> segments.computeIfAbsent(UUID.fromString((String) row[0]), id -> new ArrayList<>())
                                    .add(UUID.fromString((String) row[1])));
                    return segments;
                });
    }
}
