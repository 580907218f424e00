package io.advocacy.advocate.lifecycle;

import io.advocacy.advocate.profile.repository.Stage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The moves a person can make through the relationship: discovered, invited, onboarded, active, alumni, and from
 * alumni back to active. Every other move is refused.
 */
public final class Lifecycle {

    private static final Map<Stage, List<Stage>> NEXT = new EnumMap<>(Map.of(
            Stage.DISCOVERED, List.of(Stage.INVITED),
            Stage.INVITED, List.of(Stage.ONBOARDED),
            Stage.ONBOARDED, List.of(Stage.ACTIVE),
            Stage.ACTIVE, List.of(Stage.ALUMNI),
            Stage.ALUMNI, List.of(Stage.ACTIVE)));

    private Lifecycle() {}

    /** The stages a person at this stage may move to next. */
    public static List<Stage> nextStages(Stage from) {
        return NEXT.get(from);
    }

    public static boolean canMove(Stage from, Stage to) {
        return nextStages(from).contains(to);
    }
}
