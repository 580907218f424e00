package io.advocacy.recognition.merge.service;

import io.advocacy.recognition.award.service.AwardService;
import io.advocacy.recognition.criteria.repository.FactRepository;
import io.advocacy.recognition.merge.messaging.AdvocateMerged;
import io.advocacy.recognition.merge.messaging.AdvocateUnmerged;
import io.advocacy.recognition.merge.repository.MergedPeople;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Follows advocate-service's merges: the absorbed profile's facts count for the survivor, which may now earn badges on
 * their joint history (never one that either id already holds), and an unmerge gives the restored profile back the
 * facts the merge moved; facts that arrived for the survivor while merged stay with it. Runs inside the consumer's
 * transaction, locking the absorbed profile's recognition before the survivor's, as fact recording does.
 */
@ApplicationScoped
public class PersonMerges {

    private final MergedPeople people;
    private final FactRepository facts;
    private final AwardService awards;

    public PersonMerges(MergedPeople people, FactRepository facts, AwardService awards) {
        this.people = people;
        this.facts = facts;
        this.awards = awards;
    }

    public Uni<Void> merged(AdvocateMerged merge) {
        OffsetDateTime at = merge.mergedAt() == null ? OffsetDateTime.now(ZoneOffset.UTC) : merge.mergedAt();
        return facts.lock(merge.absorbedId())
                .chain(() -> facts.lock(merge.survivorId()))
                .chain(() -> people.record(merge.mergeId(), merge.survivorId(), merge.absorbedId(), at))
                .chain(recorded -> !recorded
                        ? Uni.createFrom().voidItem()
                        : people.moveFacts(merge.absorbedId(), merge.survivorId())
                                .invoke(moved -> Log.debugf(
                                        "Merge %s moved %d facts of %s to %s",
                                        merge.mergeId(), moved, merge.absorbedId(), merge.survivorId()))
                                .chain(() -> awards.reconsider(merge.survivorId())));
    }

    public Uni<Void> unmerged(AdvocateUnmerged unmerge) {
        return facts.lock(unmerge.restoredId())
                .chain(() -> facts.lock(unmerge.survivorId()))
                .chain(() -> people.undo(unmerge.mergeId(), unmerge.survivorId(), unmerge.restoredId()))
                .chain(undone -> !undone
                        ? Uni.createFrom().voidItem()
                        : awards.reconsider(unmerge.restoredId()).chain(() -> awards.reconsider(unmerge.survivorId())));
    }
}
