package io.advocacy.advocate.identity.repository;

import io.advocacy.advocate.continuum.Continuum;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One identity of a person: a handle on a platform, or a verified email. It keeps the counts of the mentions that came
 * from it, so the profile that holds it can be recomputed, and restored, from its identities.
 */
@Entity
@Table(name = "advocate_identity")
public class AdvocateIdentity {

    /** What an identity is. */
    public enum Kind {
        HANDLE,
        EMAIL
    }

    /** How an identity came to the profile. */
    public enum Origin {
        /** A mention came from it. */
        DISCOVERED,
        /** A manager declared it ("my Mastodon is @x"). */
        DECLARED,
        /** A manager verified it (an email). */
        VERIFIED
    }

    @Id
    public UUID id;

    /** The profile that holds it now. */
    @Column(name = "advocate_id")
    public UUID advocateId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    /** {@code <platform>:<handle>} (a mention's author key) or {@code email:<address>}; unique. */
    @Column(name = "identity_key")
    public String identityKey;

    public String platform;

    public String handle;

    public String email;

    @Enumerated(EnumType.STRING)
    public Origin origin;

    /** The name the platform last showed. */
    @Column(name = "display_name")
    public String displayName;

    public long followers;

    @Column(name = "mention_count")
    public int mentionCount;

    @Column(name = "positive_mentions")
    public int positiveMentions;

    @Column(name = "negative_mentions")
    public int negativeMentions;

    @Column(name = "sentiment_sum")
    public double sentimentSum;

    @Column(name = "last_mention_at")
    public OffsetDateTime lastMentionAt;

    @Column(name = "added_by")
    public String addedBy;

    @Column(name = "added_at")
    public OffsetDateTime addedAt;

    /** Counts one more mention from this identity, the way the profile counts it. */
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
