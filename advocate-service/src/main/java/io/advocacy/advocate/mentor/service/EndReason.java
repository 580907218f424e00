package io.advocacy.advocate.mentor.service;

import java.util.Locale;

/** Why a pairing ended. */
public enum EndReason {
    /** The newcomer is active and had their mentor long enough. */
    SETTLED,
    /** The mentor became alumni. */
    MENTOR_LEFT,
    /** The newcomer became alumni. */
    MENTEE_LEFT,
    /** A manager gave the newcomer another mentor. */
    REASSIGNED,
    /** A manager ended it. */
    ENDED_BY_MANAGER;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
