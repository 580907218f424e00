package io.advocacy.advocate.identity.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Merges, undone or not, and what each moved. */
@ApplicationScoped
public class MergeRepository implements PanacheRepositoryBase<Merge, UUID> {

    /** What a merge moved. */
    public enum ItemKind {
        IDENTITY,
        BADGE,
        CONSENT
    }

    /** Every merge a profile took part in, as survivor or absorbed, oldest first. */
    public Uni<List<Merge>> involving(UUID advocateId) {
        return list(
                "survivorId = ?1 or absorbedId = ?1", Sort.ascending("mergedAt").and("id"), advocateId);
    }

    /** The merge that absorbed a profile and is still in force, or null. */
    public Uni<Merge> activeAbsorbing(UUID absorbedId) {
        return find("absorbedId = ?1 and unmergedAt is null", absorbedId).firstResult();
    }

    /**
     * The SQL that names a profile and every profile merged into it (merges still in force) as {@code members(id)}:
     * the start of a query that reads {@code members}.
     *
     * @param parameter the number of the query parameter that holds the profile's id
     */
    public static String groupOf(int parameter) {
        return "with recursive members(id) as (select cast(?" + parameter + " as uuid) union"
                + " select m.absorbed_id from advocate_merge m join members on m.survivor_id = members.id"
                + " where m.unmerged_at is null) ";
    }

    /**
     * A profile and every profile merged into it, directly or through another merged profile (merges still in
     * force).
     */
    public Uni<List<UUID>> group(UUID advocateId) {
        return getSession()
                .chain(session -> session.createNativeQuery(groupOf(1) + "select id from members", UUID.class)
                        .setParameter(1, advocateId)
                        .getResultList());
    }

    /**
     * Everyone one person is: the profile the given one lives on in (itself, or where its chain of merges ends) first,
     * then every profile merged into that one.
     */
    public Uni<List<UUID>> person(UUID advocateId) {
        return getSession()
                .chain(session -> session.createNativeQuery("""
                                with recursive up(id, merged_into) as (
                                    select id, merged_into from advocate where id = ?1
                                    union
                                    select a.id, a.merged_into from advocate a join up on a.id = up.merged_into)
                                select id from up where merged_into is null""", UUID.class)
                        .setParameter(1, advocateId)
                        .getSingleResultOrNull())
                .chain(root -> root == null ? Uni.createFrom().item(List.<UUID>of()) : group(root));
    }

    /** Records that a merge moved an item from the absorbed profile to the survivor. */
    public Uni<Void> addItem(UUID mergeId, ItemKind kind, UUID itemId) {
        return getSession()
                .chain(session -> session.createNativeQuery(
                                "insert into advocate_merge_item (merge_id, kind, item_id) values (?1, ?2, ?3)")
                        .setParameter(1, mergeId)
                        .setParameter(2, kind.name())
                        .setParameter(3, itemId)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** The items of one kind a merge moved. */
    public Uni<List<UUID>> items(UUID mergeId, ItemKind kind) {
        return getSession().chain(session -> session.createNativeQuery(
                        "select item_id from advocate_merge_item where merge_id = ?1 and kind = ?2 order by item_id",
                        UUID.class)
                .setParameter(1, mergeId)
                .setParameter(2, kind.name())
                .getResultList());
    }

    /** The identities a merge moved, by key ({@code <platform>:<handle>} or {@code email:<address>}). */
    public Uni<List<String>> movedKeys(UUID mergeId) {
        return getSession().chain(session -> session.createNativeQuery("""
                                select i.identity_key from advocate_merge_item m
                                join advocate_identity i on i.id = m.item_id
                                where m.merge_id = ?1 and m.kind = 'IDENTITY' order by i.identity_key""", String.class)
                .setParameter(1, mergeId)
                .getResultList());
    }
}
