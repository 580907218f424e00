package io.advocacy.recognition.reward.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A reward granted to an advocate, at some step of its fulfilment. */
@Entity
@Table(name = "reward_grant")
public class RewardGrant {

    @Id
    public UUID id;

    @Column(name = "reward_id")
    public UUID rewardId;

    @Column(name = "advocate_id")
    public UUID advocateId;

    /** offered, accepted, fulfilled, declined or cancelled. */
    public String status;

    /** The reward's disclosure text when it was offered, kept as it was. */
    public String disclosure;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
