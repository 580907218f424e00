package io.advocacy.listening.mention.service;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What ingestion did with one mention. */
public enum Outcome {
    /** New, matched a listening query, stored and published. */
    ACCEPTED,
    /** Already stored (or repeated within the batch); nothing changed and nothing was published. */
    DUPLICATE,
    /** Matched no active listening query: counted, not stored, not published. */
    UNMATCHED,
    /** Invalid; each reason is given. */
    REJECTED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
