package io.advocacy.listening.author.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Someone who talks about a brand on one platform, with the inputs of their reach score. */
@Entity
@Table(name = "author")
public class Author {

    /** {@code <platform>:<handle>}. */
    @Id
    @Column(name = "author_key")
    public String authorKey;

    public String platform;

    public String handle;

    @Column(name = "display_name")
    public String displayName;

    /** The latest follower count the platform showed. */
    public long followers;

    /** Stored mentions of theirs. */
    public long mentions;

    /** Likes, shares and replies their stored mentions received, added up. */
    public long engagement;

    /** 0 to 100; see {@code ReachScore}. */
    public int reach;

    /** True while a manager holds the author's new mentions for review (after marking one as spam). */
    public boolean held;

    @Column(name = "held_reason")
    public String heldReason;

    @Column(name = "held_by")
    public String heldBy;

    @Column(name = "held_at")
    public OffsetDateTime heldAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
