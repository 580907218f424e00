package io.advocacy.recognition.reward.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A granted reward as the API shows it, with its ledger.
 *
 * @param id the grant's id
 * @param rewardId the reward
 * @param advocateId the advocate
 * @param status where its fulfilment is
 * @param disclosure what the advocate attaches to content they produce while rewarded, as it was when offered
 * @param ledger every move, oldest first
 */
public record GrantView(
        UUID id,
        UUID rewardId,
        UUID advocateId,
        String status,
        String disclosure,
        OffsetDateTime createdAt,
        List<LedgerView> ledger) {

    /**
     * One move in the ledger.
     *
     * @param status the status moved to
     * @param actor who moved it
     * @param note what happened
     * @param at when
     */
    public record LedgerView(String status, String actor, String note, OffsetDateTime at) {}
}
