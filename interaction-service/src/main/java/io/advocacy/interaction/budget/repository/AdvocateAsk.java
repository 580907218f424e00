package io.advocacy.interaction.budget.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One ask of a person: an invitation to a session, or an interaction whose playbook counts it as an ask. */
@Entity
@Table(name = "advocate_ask")
public class AdvocateAsk {

    @Id
    public UUID id;

    @Column(name = "advocate_id")
    public UUID advocateId;

    @Column(name = "asked_at")
    public OffsetDateTime askedAt;

    /** The kind of interaction that asked. */
    public String kind;

    /** The interaction that asked, when there is one. */
    @Column(name = "interaction_id")
    public UUID interactionId;
}
