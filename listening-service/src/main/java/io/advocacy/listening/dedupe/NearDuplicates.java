package io.advocacy.listening.dedupe;

import io.advocacy.listening.mention.repository.Mention;
import io.advocacy.listening.mention.service.Ingested;
import io.advocacy.listening.mention.service.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which new mentions are near-duplicates of an earlier one, in this batch or already stored; an author
 * repeating their own text is spam rather than syndication.
 */
public final class NearDuplicates {

    private NearDuplicates() {}

    /**
     * Returns the new mentions in the same order, each either still accepted (an original) or a near-duplicate linked
     * to the first copy it resembles; an original of this batch can be the first copy of a later one.
     */
    public static Map<String, Ingested> classify(Map<String, Ingested> fresh, List<Mention> storedOriginals) {
        List<Mention> originals = new ArrayList<>(storedOriginals);
        Map<String, Ingested> classified = new LinkedHashMap<>();
        fresh.forEach((key, ingested) -> {
            Mention mention = ingested.mention();
            Mention first = mention.simhash == null ? null : firstCopy(mention.simhash, originals);
            if (first == null) {
                classified.put(key, ingested);
                if (mention.simhash != null) {
                    originals.add(mention);
                }
            } else if (first.authorKey.equals(mention.authorKey)) {
                mention.duplicateOf = first.id;
                mention.status = "spam";
                mention.spamReason = "repeats the author's own earlier text";
                classified.put(key, new Ingested(mention, Outcome.SPAM, ingested.matches()));
            } else {
                mention.duplicateOf = first.id;
                mention.status = "near-duplicate";
                classified.put(key, new Ingested(mention, Outcome.NEAR_DUPLICATE, List.of()));
            }
        });
        return classified;
    }

    private static Mention firstCopy(long hash, List<Mention> originals) {
        for (Mention original : originals) {
            if (SimHash.distance(hash, original.simhash) <= SimHash.MAX_DISTANCE) {
                return original;
            }
        }
        return null;
    }
}
