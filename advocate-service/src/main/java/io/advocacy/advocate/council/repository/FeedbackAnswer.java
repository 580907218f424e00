package io.advocacy.advocate.council.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The answer to one question in a response: text, a score or a choice, as the question's kind says. */
@Entity
@Table(name = "council_feedback_answer")
public class FeedbackAnswer {

    @Id
    public UUID id;

    @Column(name = "response_id")
    public UUID responseId;

    /** The question's position. */
    public int position;

    @Column(name = "text_value")
    public String text;

    public Integer score;

    public String choice;
}
