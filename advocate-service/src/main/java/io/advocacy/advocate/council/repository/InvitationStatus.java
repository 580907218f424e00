package io.advocacy.advocate.council.repository;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where an invitation to a council stands. */
public enum InvitationStatus {
    /** A seat is kept for the invitee until they accept or decline. */
    OFFERED,
    /** Every seat is taken or offered; the invitee is offered the next one that frees up. */
    WAITLISTED,
    ACCEPTED,
    DECLINED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isOpen() {
        return this == OFFERED || this == WAITLISTED;
    }
}
