package io.advocacy.advocate.profile.messaging;

import io.advocacy.advocate.continuum.Category;
import io.advocacy.advocate.continuum.FourA;
import io.advocacy.advocate.continuum.Trigger;
import io.advocacy.advocate.profile.repository.Stage;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The events advocate-service publishes on {@code advocacy.advocates}, keyed by advocate id (see docs/events.md). */
public final class AdvocateEvents {

    /** The topic of every advocate event. */
    public static final String TOPIC = "advocacy.advocates";

    private AdvocateEvents() {}

    /** Data of {@code io.advocacy.advocate.discovered.v1}: a person was seen for the first time. */
    public record Discovered(
            UUID advocateId,
            String authorKey,
            String platform,
            String handle,
            String displayName,
            Stage stage,
            Category category,
            FourA fourA,
            OffsetDateTime discoveredAt) {
        public static final String TYPE = "io.advocacy.advocate.discovered.v1";
    }

    /**
     * Data of {@code io.advocacy.advocate.updated.v1}: a person's profile changed after a mention, or after a link,
     * merge or unmerge of their identities.
     *
     * @param lastMention the mention that caused the update, or null when none did
     * @param manager the username of the manager who looks after them, or null while nobody does
     * @param email the person's email, or null when unknown
     */
    public record Updated(
            UUID advocateId,
            String authorKey,
            String displayName,
            long followers,
            Stage stage,
            Category category,
            FourA fourA,
            int mentionCount,
            int positiveMentions,
            int negativeMentions,
            double averageSentiment,
            LastMention lastMention,
            String manager,
            String email) {
        public static final String TYPE = "io.advocacy.advocate.updated.v1";
    }

    /** The mention that caused an update. */
    public record LastMention(UUID mentionId, double sentiment, String url, OffsetDateTime publishedAt) {}

    /**
     * Data of {@code io.advocacy.advocate.category-changed.v1}: a person moved on the continuum.
     *
     * @param manager the username of the manager who looks after them, or null while nobody does
     */
    public record CategoryChanged(
            UUID advocateId,
            String authorKey,
            Category previousCategory,
            Category category,
            FourA previousFourA,
            FourA fourA,
            Evidence evidence,
            String manager) {
        public static final String TYPE = "io.advocacy.advocate.category-changed.v1";
    }

    /**
     * What caused a move on the continuum, and the evidence in the person's window it was computed from.
     *
     * @param mentionId the mention that set it off, null otherwise
     * @param mentionCount mentions in the window
     * @param averageSentiment their mean sentiment
     * @param trigger {@code mention}, {@code interaction} (an outcome recorded), {@code merge} or {@code unmerge}
     * @param interactionId the interaction whose outcome set it off, null otherwise
     * @param windowFrom the start of the window (its end is {@code windowTo}, the newest evidence)
     * @param activeWeeks distinct weeks with a mention
     * @param engagedWeeks distinct weeks with a mention or an attended interaction
     * @param reach the largest audience a mention in the window reached
     */
    public record Evidence(
            UUID mentionId,
            int mentionCount,
            double averageSentiment,
            Trigger trigger,
            UUID interactionId,
            OffsetDateTime windowFrom,
            OffsetDateTime windowTo,
            int positiveMentions,
            int negativeMentions,
            int activeWeeks,
            int engagedWeeks,
            long reach,
            int attended,
            int missed) {}

    /**
     * Data of {@code io.advocacy.advocate.stage-changed.v1}: a person moved through the lifecycle.
     *
     * @param changedBy the principal name of who moved them
     */
    public record StageChanged(
            UUID advocateId,
            String authorKey,
            Stage previousStage,
            Stage stage,
            String changedBy,
            String reason,
            OffsetDateTime changedAt) {
        public static final String TYPE = "io.advocacy.advocate.stage-changed.v1";
    }

    /**
     * Data of {@code io.advocacy.advocate.assigned.v1}: the manager who looks after a person changed.
     *
     * @param manager the username of the manager who looks after them now, or null when nobody has room for them
     * @param previousManager the username of the manager before, or null when nobody looked after them
     */
    public record Assigned(UUID advocateId, String manager, String previousManager) {
        public static final String TYPE = "io.advocacy.advocate.assigned.v1";
    }

    /** Data of {@code io.advocacy.advocate.erased.v1}: the person was erased; every service removes its copies. */
    public record Erased(UUID advocateId, String authorKey, OffsetDateTime erasedAt) {
        public static final String TYPE = "io.advocacy.advocate.erased.v1";
    }
}
