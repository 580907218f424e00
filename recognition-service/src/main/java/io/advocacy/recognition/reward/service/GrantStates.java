package io.advocacy.recognition.reward.service;

import java.util.List;
import java.util.Map;

/** The steps of a grant's fulfilment and which step may follow which. */
final class GrantStates {

    static final String OFFERED = "offered";

    /** From each status, the statuses a grant may move to; fulfilled, declined and cancelled are final. */
    static final Map<String, List<String>> NEXT = Map.of(
            OFFERED,
            List.of("accepted", "declined", "cancelled"),
            "accepted",
            List.of("fulfilled", "cancelled"),
            "fulfilled",
            List.of(),
            "declined",
            List.of(),
            "cancelled",
            List.of());

    private GrantStates() {}
}
