package io.advocacy.listening.mention.service;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What ingestion did with one mention. */
public enum Outcome {
    /** New, matched a listening query, stored and published. */
    ACCEPTED,
    /** Already stored (or repeated within the batch); nothing changed and nothing was published. */
    DUPLICATE,
    /** A copy or light edit of an earlier mention: stored linked to the first copy, not published again. */
    NEAR_DUPLICATE,
    /** Caught by the spam filter (link farm, repeated text, bot-like rate): stored with the reason, not published. */
    SPAM,
    /** From an author a manager holds for review: stored, published only if the author is released. */
    HELD,
    /** Matched no active listening query: counted, not stored, not published. */
    UNMATCHED,
    /** Invalid; each reason is given. */
    REJECTED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
