package io.advocacy.listening.mention.service;

import io.advocacy.listening.mention.repository.Mention;

/**
 * A mention after ingestion.
 *
 * @param created true when it was new; false when it was already stored and nothing was published
 */
public record Ingested(Mention mention, boolean created) {}
