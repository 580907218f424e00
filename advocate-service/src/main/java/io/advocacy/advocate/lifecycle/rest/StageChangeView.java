package io.advocacy.advocate.lifecycle.rest;

import io.advocacy.advocate.profile.repository.Stage;
import java.time.OffsetDateTime;

/**
 * A move through the lifecycle as the API shows it.
 *
 * @param changedBy who made it: the caller's principal name
 */
public record StageChangeView(Stage from, Stage to, String changedBy, OffsetDateTime changedAt, String reason) {}
