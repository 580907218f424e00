package io.advocacy.advocate.profile.repository;

import io.advocacy.advocate.continuum.Category;
import io.advocacy.advocate.continuum.Continuum;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One person who talks about the brand, and where they stand with it. */
@Entity
@Table(name = "advocate")
public class Advocate {

    @Id
    public UUID id;

    /** {@code <platform>:<handle>}: the identity the person was discovered under. */
    @Column(name = "author_key")
    public String authorKey;

    public String platform;

    public String handle;

    @Column(name = "display_name")
    public String displayName;

    public long followers;

    @Enumerated(EnumType.STRING)
    public Stage stage;

    @Enumerated(EnumType.STRING)
    public Category category;

    @Column(name = "mention_count")
    public int mentionCount;

    @Column(name = "positive_mentions")
    public int positiveMentions;

    @Column(name = "negative_mentions")
    public int negativeMentions;

    @Column(name = "sentiment_sum")
    public double sentimentSum;

    @Column(name = "discovered_at")
    public OffsetDateTime discoveredAt;

    @Column(name = "last_mention_at")
    public OffsetDateTime lastMentionAt;

    /** The username of the manager who looks after them, or null while nobody has room for them. */
    public String manager;

    /** When their current manager took them on. */
    @Column(name = "manager_assigned_at")
    public OffsetDateTime managerAssignedAt;

    /** The language they speak with the programme (ISO 639-1, lower case), or null while unknown. */
    public String language;

    /** Where they live (ISO 3166-1 alpha-2, upper case), or null while unknown. */
    public String region;

    /** The person's email, null when unknown; see {@link #emailVerified}. */
    public String email;

    /** True when a manager verified the email (it is then one of the person's identities). */
    @Column(name = "email_verified")
    public boolean emailVerified;

    /** The profile this one was merged into, or null while it stands on its own. */
    @Column(name = "merged_into")
    public UUID mergedInto;

    @Version
    public long version;

    /** The mean sentiment of all their mentions, 0 before the first. */
    public double averageSentiment() {
        return mentionCount == 0 ? 0 : sentimentSum / mentionCount;
    }

    /** Counts one more mention; where it puts them on the continuum is for the evidence window to say. */
    public void record(double sentiment, OffsetDateTime publishedAt) {
        mentionCount++;
        sentimentSum += sentiment;
        if (sentiment >= Continuum.POSITIVE) {
            positiveMentions++;
        } else if (sentiment <= -Continuum.POSITIVE) {
            negativeMentions++;
        }
        if (lastMentionAt == null || publishedAt.isAfter(lastMentionAt)) {
            lastMentionAt = publishedAt;
        }
    }
}
