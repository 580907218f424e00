package io.advocacy.recognition.reward.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A reward as the API shows it.
 *
 * @param id its id
 * @param code its identity
 * @param kind one of the non-monetary kinds
 * @param name what advocates see
 * @param description what it gives
 * @param disclosure what an advocate attaches to content they produce while rewarded with it
 * @param createdAt when it joined the catalogue
 */
public record RewardView(
        UUID id,
        String code,
        String kind,
        String name,
        String description,
        String disclosure,
        OffsetDateTime createdAt) {}
