package io.advocacy.advocate.council.repository;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a feedback question is answered: free text, a score from 1 to 5, or one of the question's options. */
public enum QuestionKind {
    TEXT,
    SCALE,
    CHOICE;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
