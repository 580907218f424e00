package io.advocacy.advocate.selection.rest;

import java.util.Map;
import java.util.UUID;

/**
 * One person in the candidate ranking.
 *
 * @param total the weighted mean of the scores
 * @param scores each attribute's score by wire name
 */
public record CandidateView(
        UUID advocateId,
        String displayName,
        String stage,
        String category,
        double total,
        Map<String, Integer> scores) {}
