package io.advocacy.advocate.segment.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** One person in one segment, since when. */
@Entity
@Table(name = "segment_member")
@IdClass(SegmentMember.Key.class)
public class SegmentMember {

    @Id
    @Column(name = "segment_id")
    public UUID segmentId;

    @Id
    @Column(name = "advocate_id")
    public UUID advocateId;

    @Column(name = "joined_at")
    public OffsetDateTime joinedAt;

    /** The identity of a membership. */
    public static class Key implements Serializable {
        public UUID segmentId;
        public UUID advocateId;

        public Key() {}

        public Key(UUID segmentId, UUID advocateId) {
            this.segmentId = segmentId;
            this.advocateId = advocateId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(segmentId, key.segmentId)
                    && Objects.equals(advocateId, key.advocateId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(segmentId, advocateId);
        }
    }
}
