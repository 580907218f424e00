package io.advocacy.recognition.reward.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A reward to add to the catalogue.
 *
 * @param code its identity: lower-case words joined by {@code -}
 * @param kind early-access, council-seat, event-invitation, product-preview or spotlight
 * @param name what advocates see
 * @param description what it gives, in words
 * @param disclosure what an advocate attaches to content they produce while rewarded; optional, a plain default
 *     naming the reward and the programme otherwise
 */
public record RewardRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
        String code,

        @NotBlank String kind,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 2000) String description,
        @Size(min = 20, max = 500) String disclosure) {}
