package io.advocacy.listening.mention.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A stored mention: what someone said about the brand, where, and how it sounds. */
@Entity
@Table(name = "mention")
public class Mention {

    @Id
    public UUID id;

    /** {@code <platform>:<external id>}, unique: the same mention is stored once. */
    @Column(name = "natural_key")
    public String naturalKey;

    public String platform;

    @Column(name = "external_id")
    public String externalId;

    @Column(name = "author_key")
    public String authorKey;

    @Column(name = "author_handle")
    public String authorHandle;

    @Column(name = "author_name")
    public String authorName;

    @Column(name = "author_followers")
    public long authorFollowers;

    public String url;

    public String text;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "received_at")
    public OffsetDateTime receivedAt;

    public double sentiment;

    /** Likes, shares and replies it had when it was pushed. */
    public long engagement;

    /** The author's reach, 0 to 100, when it was stored. */
    @Column(name = "author_reach")
    public int authorReach;

    /** Similarity hash of the text; null for texts too short to compare. */
    public Long simhash;

    public Integer band0;

    public Integer band1;

    public Integer band2;

    public Integer band3;

    /** ISO 639-1 code of its language, or {@code und} when it cannot be told. */
    public String language;

    /** False when the text is in a language the scorer is not written for: its sentiment is a neutral 0. */
    @Column(name = "sentiment_supported")
    public boolean sentimentSupported;

    /** {@code published}, {@code near-duplicate}, {@code spam} or {@code held}: only published mentions are events. */
    public String status;

    /** Why it is spam or held, in words. */
    @Column(name = "spam_reason")
    public String spamReason;

    /** The first copy, when this mention is a near-duplicate of it; null for an original. */
    @Column(name = "duplicate_of")
    public UUID duplicateOf;
}
