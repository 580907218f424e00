package io.advocacy.listening.mention.rest;

import java.util.List;
import java.util.UUID;

/**
 * What a batch did with each mention, in the order sent.
 *
 * @param accepted how many were new and stored
 * @param duplicates how many were already known (or repeated within the batch) and changed nothing
 * @param results one line per mention sent
 */
public record BatchResult(int accepted, int duplicates, List<Item> results) {

    /**
     * One mention of the batch.
     *
     * @param status {@code accepted} or {@code duplicate}
     */
    public record Item(String platform, String externalId, UUID id, String status) {}
}
