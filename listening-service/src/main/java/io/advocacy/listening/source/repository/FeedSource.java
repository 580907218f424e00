package io.advocacy.listening.source.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A feed the service polls: where it is, the cursor polling has reached, and how healthy polling it is. */
@Entity
@Table(name = "feed_source")
public class FeedSource {

    @Id
    public UUID id;

    public String programme;

    public String name;

    public String url;

    /** The platform its entries are mentions of, lower case; {@code blog} unless given. */
    public String platform;

    @Column(name = "poll_interval_seconds")
    public int pollIntervalSeconds;

    public boolean active;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "created_by")
    public String createdBy;

    /** The ETag of the last full answer, sent back as If-None-Match. */
    public String etag;

    /** The Last-Modified of the last full answer, sent back as If-Modified-Since. */
    @Column(name = "last_modified")
    public String lastModified;

    /** The newest entry date taken so far (never later than when it was taken); older entries are skipped. */
    @Column(name = "last_entry_published_at")
    public OffsetDateTime lastEntryPublishedAt;

    /** The ids of the entries seen recently, newest document first. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "seen_entry_ids")
    public String[] seenEntryIds;

    @Column(name = "next_poll_at")
    public OffsetDateTime nextPollAt;

    @Column(name = "last_polled_at")
    public OffsetDateTime lastPolledAt;

    @Column(name = "last_success_at")
    public OffsetDateTime lastSuccessAt;

    @Column(name = "last_error_at")
    public OffsetDateTime lastErrorAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "consecutive_failures")
    public int consecutiveFailures;

    /** New entries handed to ingestion, in total. */
    @Column(name = "entries_seen")
    public long entriesSeen;
}
