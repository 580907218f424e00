package io.advocacy.listening.insight.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Something a programme's managers should look at, open until one of them closes it. */
@Entity
@Table(name = "alert")
public class Alert {

    @Id
    public UUID id;

    public String programme;

    /** What raised it, for example {@code detractor-signal}. */
    public String kind;

    @Column(name = "mention_id")
    public UUID mentionId;

    @Column(name = "author_key")
    public String authorKey;

    @Column(name = "author_reach")
    public int authorReach;

    public double sentiment;

    public String reason;

    @Column(name = "raised_at")
    public OffsetDateTime raisedAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "closed_by")
    public String closedBy;
}
