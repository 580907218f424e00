package io.advocacy.recognition.reward.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One move of a grant, as the append-only ledger keeps it. */
@Entity
@Table(name = "reward_ledger")
public class LedgerEntry {

    @Id
    public UUID id;

    @Column(name = "grant_id")
    public UUID grantId;

    /** The status the grant moved to. */
    public String status;

    /** Who moved it: the caller's principal name. */
    public String actor;

    public String note;

    public OffsetDateTime at;
}
