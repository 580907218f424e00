package io.advocacy.listening.mention.service;

import io.advocacy.listening.mention.repository.Mention;
import io.advocacy.listening.query.service.QueryMatch;
import java.util.List;

/**
 * A mention after ingestion.
 *
 * @param mention the stored mention; null when it matched no query
 * @param outcome what ingestion did with it
 * @param matches the query versions it matched, when it was accepted now
 */
public record Ingested(Mention mention, Outcome outcome, List<QueryMatch> matches) {}
