package io.advocacy.listening.source.polling;

import io.advocacy.listening.mention.rest.MentionRequest;
import io.advocacy.listening.source.service.PollSuccess;
import java.util.List;

/**
 * What one read of a feed brought: the new entries as mentions to ingest, and what to store once they are.
 *
 * @param entries entries in the document; 0 when it did not change
 * @param newEntries entries the cursor had not taken
 * @param mentions the new entries that say something, as valid mentions, first occurrence of each id only
 * @param invalid new entries that could not make a valid mention, counted as rejected
 * @param success the cursor and validators to store after ingestion commits
 */
public record FeedRead(int entries, int newEntries, List<MentionRequest> mentions, int invalid, PollSuccess success) {}
