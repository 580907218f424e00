package io.advocacy.advocate.profile.repository;

import io.advocacy.advocate.continuum.Category;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A move on the continuum, with the evidence that caused it. */
@Entity
@Table(name = "category_change")
public class CategoryChange {

    @Id
    public UUID id;

    @Column(name = "advocate_id")
    public UUID advocateId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_category")
    public Category from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_category")
    public Category to;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;

    @Column(name = "mention_id")
    public UUID mentionId;

    @Column(name = "mention_count")
    public int mentionCount;

    @Column(name = "average_sentiment")
    public double averageSentiment;
}
