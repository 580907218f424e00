package io.advocacy.advocate.identity.rest;

import java.util.List;
import java.util.UUID;

/**
 * A profile that is probably the same person as another, and why.
 *
 * @param advocateId the profile the suggestion is about
 * @param otherId the profile that is probably the same person
 * @param otherDisplayName the other profile's display name
 * @param otherIdentities the author keys the other profile holds
 * @param score how likely they are one person, 0 to 1
 * @param reasons the evidence, in words
 */
public record MatchSuggestionView(
        UUID advocateId,
        UUID otherId,
        String otherDisplayName,
        List<String> otherIdentities,
        double score,
        List<String> reasons) {}
