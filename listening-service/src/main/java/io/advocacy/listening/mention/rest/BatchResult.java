package io.advocacy.listening.mention.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.advocacy.listening.mention.service.Outcome;
import io.advocacy.platform.problem.Problem;
import java.util.List;
import java.util.UUID;

/**
 * What a batch did with each mention, in the order sent.
 *
 * @param accepted new, matched a listening query, stored and published
 * @param duplicates already known (or repeated within the batch); nothing changed
 * @param nearDuplicates copies or light edits of an earlier mention: stored linked to it, not published
 * @param spam caught by the spam filter: stored with the reason, not published
 * @param held from an author held for review: stored, published if the author is released
 * @param unmatched matched no active listening query; counted, not stored
 * @param rejected invalid; see each item's violations
 * @param results one item per mention sent
 */
public record BatchResult(
        int accepted,
        int duplicates,
        int nearDuplicates,
        int spam,
        int held,
        int unmatched,
        int rejected,
        List<Item> results) {

    /**
     * One mention of the batch.
     *
     * @param index its position in the request, from 0
     * @param id the stored mention's id, when there is one
     * @param violations why it was rejected
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Item(
            int index,
            String platform,
            String externalId,
            UUID id,
            Outcome status,
            List<Problem.Violation> violations) {}
}
