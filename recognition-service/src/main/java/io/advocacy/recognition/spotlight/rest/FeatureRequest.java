package io.advocacy.recognition.spotlight.rest;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Featuring content: only with the person's consent, which the manager confirms (advocate-service keeps consent per
 * purpose; purpose {@code spotlight}).
 *
 * @param consentConfirmed must be true: the manager checked that the person consents to being featured
 * @param note what was featured where, or how consent was checked; optional
 */
public record FeatureRequest(
        @NotNull @AssertTrue(message = "must be true: feature content only with the person's consent")
        Boolean consentConfirmed,

        @Size(max = 500) String note) {}
