package io.advocacy.advocate.council.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One question of a feedback request, at its position (from 0). */
@Entity
@Table(name = "council_feedback_question")
public class FeedbackQuestion {

    @Id
    public UUID id;

    @Column(name = "request_id")
    public UUID requestId;

    public int position;

    public String text;

    @Enumerated(EnumType.STRING)
    public QuestionKind kind;

    /** The options of a choice question, else null. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] options;
}
