package io.advocacy.listening.query.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One version of a query: its expression and platforms, who saved it and when. Never changed once written. */
@Entity
@Table(name = "listening_query_version")
@IdClass(QueryVersion.Key.class)
public class QueryVersion {

    @Id
    @Column(name = "query_id")
    public UUID queryId;

    @Id
    public int version;

    public String expression;

    /** Comma-separated platforms, or null for every platform. */
    public String platforms;

    /** Comma-separated ISO 639-1 codes, or null for every language. */
    public String languages;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    /** The composite key. */
    public static class Key implements Serializable {
        public UUID queryId;
        public int version;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.queryId.equals(queryId) && key.version == version;
        }

        @Override
        public int hashCode() {
            return queryId.hashCode() * 31 + version;
        }
    }
}
