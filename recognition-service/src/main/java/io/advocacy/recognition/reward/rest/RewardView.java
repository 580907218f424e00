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
 * @param createdAt when it joined the catalogue
 */
public record RewardView(
        UUID id, String code, String kind, String name, String description, OffsetDateTime createdAt) {}
