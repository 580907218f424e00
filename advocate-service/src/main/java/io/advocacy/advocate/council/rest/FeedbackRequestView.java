package io.advocacy.advocate.council.rest;

import io.advocacy.advocate.council.repository.QuestionKind;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A feedback request with its questions. */
public record FeedbackRequestView(
        UUID id, UUID councilId, String title, List<Question> questions, OffsetDateTime createdAt, String createdBy) {

    /** One question, answered by its position. */
    public record Question(int position, String text, QuestionKind kind, List<String> options) {}
}
