package io.advocacy.advocate.profile.repository;

import io.advocacy.advocate.continuum.Category;
import io.advocacy.advocate.continuum.Trigger;
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

    /** What set the move off. */
    @Enumerated(EnumType.STRING)
    public Trigger trigger;

    @Column(name = "interaction_id")
    public UUID interactionId;

    @Column(name = "window_from")
    public OffsetDateTime windowFrom;

    @Column(name = "window_to")
    public OffsetDateTime windowTo;

    @Column(name = "positive_mentions")
    public int positiveMentions;

    @Column(name = "negative_mentions")
    public int negativeMentions;

    @Column(name = "active_weeks")
    public int activeWeeks;

    @Column(name = "engaged_weeks")
    public int engagedWeeks;

    public long reach;

    public int attended;

    public int missed;
}
