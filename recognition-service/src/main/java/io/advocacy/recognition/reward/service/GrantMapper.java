package io.advocacy.recognition.reward.service;

import io.advocacy.recognition.reward.repository.LedgerEntry;
import io.advocacy.recognition.reward.repository.RewardGrant;
import io.advocacy.recognition.reward.rest.GrantView;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Maps grants and their ledger between the database and the wire, in one place. */
public final class GrantMapper {

    private GrantMapper() {}

    static RewardGrant newGrant(UUID rewardId, String disclosure, UUID advocateId, OffsetDateTime at) {
        RewardGrant grant = new RewardGrant();
        grant.id = UUID.randomUUID();
        grant.rewardId = rewardId;
        grant.disclosure = disclosure;
        grant.advocateId = advocateId;
        grant.status = GrantStates.OFFERED;
        grant.createdAt = at;
        grant.updatedAt = at;
        return grant;
    }

    static LedgerEntry entry(RewardGrant grant, String actor, String note) {
        LedgerEntry entry = new LedgerEntry();
        entry.id = UUID.randomUUID();
        entry.grantId = grant.id;
        entry.status = grant.status;
        entry.actor = actor;
        entry.note = note;
        entry.at = grant.updatedAt;
        return entry;
    }

    static GrantView toView(RewardGrant grant, List<LedgerEntry> ledger) {
        return new GrantView(
                grant.id,
                grant.rewardId,
                grant.advocateId,
                grant.status,
                grant.disclosure,
                grant.createdAt,
                ledger.stream()
                        .map(e -> new GrantView.LedgerView(e.status, e.actor, e.note, e.at))
                        .toList());
    }
}
