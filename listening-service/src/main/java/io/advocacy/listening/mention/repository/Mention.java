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
}
