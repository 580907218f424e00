package io.advocacy.advocate.continuum;

import java.util.UUID;

/**
 * What set off a new look at a person's place, with the mention or interaction it came from.
 *
 * @param mentionId set for {@link Trigger#MENTION}
 * @param interactionId set for {@link Trigger#INTERACTION}
 */
public record Cause(Trigger trigger, UUID mentionId, UUID interactionId) {

    public static Cause mention(UUID mentionId) {
        return new Cause(Trigger.MENTION, mentionId, null);
    }

    public static Cause interaction(UUID interactionId) {
        return new Cause(Trigger.INTERACTION, null, interactionId);
    }

    public static Cause of(Trigger trigger) {
        return new Cause(trigger, null, null);
    }
}
