package io.advocacy.listening.override.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A programme's valence for a phrase, applied when its mentions are scored. */
@Entity
@Table(name = "sentiment_override")
public class PhraseOverride {

    @Id
    public UUID id;

    public String programme;

    /** Lower-case words separated by single spaces. */
    public String phrase;

    /** -4 to 4; 0 neutralises the phrase. */
    public double valence;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;
}
