package io.advocacy.listening.query.service;

import java.util.UUID;

/**
 * A mention matched a version of a programme's query.
 *
 * @param queryVersion the version that matched; later versions do not change this
 */
public record QueryMatch(String programme, UUID queryId, int queryVersion) {}
