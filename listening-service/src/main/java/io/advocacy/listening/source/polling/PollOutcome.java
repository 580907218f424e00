package io.advocacy.listening.source.polling;

import java.util.UUID;

/**
 * What one poll of a source did.
 *
 * @param entries entries in the document; 0 when it did not change or the poll failed
 * @param newEntries entries the cursor had not taken, handed to ingestion
 * @param accepted new entries that matched a listening query and were stored and published
 * @param duplicates new entries ingestion already knew (by platform and id), or near-duplicates; not published
 * @param error why the poll failed; null when it succeeded
 */
public record PollOutcome(UUID sourceId, int entries, int newEntries, int accepted, int duplicates, String error) {

    static PollOutcome failed(UUID sourceId, String error) {
        return new PollOutcome(sourceId, 0, 0, 0, 0, error);
    }

    public boolean succeeded() {
        return error == null;
    }
}
