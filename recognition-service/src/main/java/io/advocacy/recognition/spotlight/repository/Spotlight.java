package io.advocacy.recognition.spotlight.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A piece of positive content proposed for the brand to share, and what managers decided about it. */
@Entity
@Table(name = "spotlight")
public class Spotlight {

    public static final String PROPOSED = "proposed";
    public static final String APPROVED = "approved";
    public static final String FEATURED = "featured";
    public static final String DISMISSED = "dismissed";

    @Id
    public UUID id;

    @Column(name = "advocate_id")
    public UUID advocateId;

    /** The mention; content is proposed once. */
    @Column(name = "mention_id")
    public UUID mentionId;

    @Column(name = "author_key")
    public String authorKey;

    @Column(name = "display_name")
    public String displayName;

    public String url;

    public double sentiment;

    /** The author's followers when it was said: their reach. */
    public int followers;

    /** Sentiment weighted by reach: {@code sentiment * (1 + log10(1 + followers))}; the queue's order. */
    public double score;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /** proposed, approved, featured or dismissed. */
    public String status;

    @Column(name = "proposed_at")
    public OffsetDateTime proposedAt;

    /** The manager who approved, featured or dismissed it last. */
    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    public String note;

    /** The manager who confirmed the person consented to being featured. */
    @Column(name = "consent_confirmed_by")
    public String consentConfirmedBy;

    @Column(name = "consent_confirmed_at")
    public OffsetDateTime consentConfirmedAt;

    @Column(name = "featured_at")
    public OffsetDateTime featuredAt;
}
