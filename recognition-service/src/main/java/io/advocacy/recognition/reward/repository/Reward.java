package io.advocacy.recognition.reward.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A reward in the programme's catalogue: access or recognition, never money. */
@Entity
@Table(name = "reward")
public class Reward {

    @Id
    public UUID id;

    /** Lower-case words joined by {@code -}, unique. */
    public String code;

    /** One of the non-monetary kinds, for example {@code early-access}. */
    public String kind;

    public String name;

    public String description;

    /** What an advocate attaches to content they produce while rewarded with it. */
    public String disclosure;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
