package io.advocacy.advocate.identity.service;

import io.advocacy.advocate.identity.repository.IdentityRepository;
import io.advocacy.advocate.identity.repository.Merge;
import io.advocacy.advocate.identity.repository.MergeRepository;
import io.advocacy.advocate.identity.repository.MergeRepository.ItemKind;
import io.advocacy.advocate.profile.repository.ProfileBadge;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Shows a badge awarded to a profile that was merged away on the profile it lives on in, and records it with every
 * merge on the way there, so each unmerge gives it back towards the profile it was awarded to.
 */
@ApplicationScoped
public class MergedBadges {

    private final MergeRepository merges;
    private final IdentityRepository identities;

    public MergedBadges(MergeRepository merges, IdentityRepository identities) {
        this.merges = merges;
        this.identities = identities;
    }

    /**
     * Moves a new badge to the surviving profile when its own was merged away; call before persisting it, in a
     * transaction. Holds the identity lock shared, so no merge or unmerge moves badges in between.
     */
    public Uni<Void> place(ProfileBadge badge) {
        return identities
                .lockShared()
                .chain(() -> chain(badge.advocateId, new ArrayList<>()))
                .chain(path -> {
                    if (path.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    badge.advocateId = path.get(path.size() - 1).survivorId;
                    return Multi.createFrom()
                            .iterable(path)
                            .onItem()
                            .transformToUniAndConcatenate(
                                    merge -> merges.addItem(merge.id, ItemKind.BADGE, badge.awardId))
                            .collect()
                            .last()
                            .replaceWithVoid();
                });
    }

    /** The merges in force from a profile up to the one it lives on in, nearest first. */
    private Uni<List<Merge>> chain(UUID id, List<Merge> path) {
        return merges.activeAbsorbing(id).chain(merge -> {
            if (merge == null || path.size() > 100) {
                return Uni.createFrom().item(path);
            }
            path.add(merge);
            return chain(merge.survivorId, path);
        });
    }
}
