package io.advocacy.recognition.criteria.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One thing that happened to a person, kept so that criteria can be evaluated over their history. */
@Entity
@Table(name = "advocate_fact")
public class Fact {

    /** Increases with each fact stored; orders facts of the same moment. */
    @Id
    public Long id;

    @Column(name = "advocate_id")
    public UUID advocateId;

    /** See {@link FactKind}. */
    public String kind;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    /** What it came from: the mention, interaction, mentoring, council term or spotlight id. */
    public String ref;

    /** For {@code category-reached}: the category the person left (null when just discovered). */
    @Column(name = "from_category")
    public String fromCategory;

    /** For {@code category-reached}: the category the person reached. */
    @Column(name = "to_category")
    public String toCategory;

    /** A new fact, stored by {@link FactRepository#insertIfAbsent}. */
    public static Fact of(UUID advocateId, String kind, OffsetDateTime occurredAt, String ref) {
        Fact fact = new Fact();
        fact.advocateId = advocateId;
        fact.kind = kind;
        fact.occurredAt = occurredAt;
        fact.ref = ref;
        return fact;
    }

    /** When something happened: the first of the given times that is known, else now. */
    public static OffsetDateTime firstKnown(OffsetDateTime... times) {
        for (OffsetDateTime time : times) {
            if (time != null) {
                return time;
            }
        }
        return OffsetDateTime.now(java.time.ZoneOffset.UTC);
    }
}
