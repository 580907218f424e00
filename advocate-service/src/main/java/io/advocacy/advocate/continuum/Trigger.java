package io.advocacy.advocate.continuum;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What set off a new look at a person's place on the continuum. */
public enum Trigger {
    /** A mention of theirs arrived. */
    MENTION,
    /** The outcome of an interaction with them was recorded. */
    INTERACTION,
    /** Their profile was merged with another: the two are placed afresh on all the evidence. */
    MERGE,
    /** A merge was undone: each profile is placed on its own evidence again. */
    UNMERGE;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
