package io.advocacy.listening.dedupe;

import io.advocacy.listening.query.expression.TextWords;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A 64-bit similarity hash of a text's words (Charikar's simhash), without links, handles and retweet markers: copies and light edits of a text
 * (a retweet prefix, a different link, a word added) land a few bits apart, unrelated texts about 32 bits apart. Split
 * into four 16-bit bands, two hashes within 3 bits share at least one band, which is what the database looks up.
 */
public final class SimHash {

    /** Texts shorter than this many words are too short to call near-duplicates ("ok", "love it"). */
    public static final int MIN_WORDS = 6;

    /** Hashes this many bits apart or fewer are near-duplicates. */
    public static final int MAX_DISTANCE = 3;

    /** Links, @handles and retweet markers differ between copies of one post, so they are left out of the hash. */
    private static final Pattern NOISE = Pattern.compile("https?://\\S+|@\\w+|\\bRT\\b");

    private SimHash() {}

    /** The hash, or null when the text is too short to compare. */
    public static Long of(String text) {
        List<String> words = TextWords.of(NOISE.matcher(text).replaceAll(" ")).words();
        if (words.size() < MIN_WORDS) {
            return null;
        }
        int[] weights = new int[64];
        for (String word : words) {
            long h = fnv1a64(word);
            for (int bit = 0; bit < 64; bit++) {
                weights[bit] += ((h >>> bit) & 1) == 1 ? 1 : -1;
            }
        }
        long hash = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (weights[bit] > 0) {
                hash |= 1L << bit;
            }
        }
        return hash;
    }

    /** The i-th 16-bit band, 0 to 3. */
    public static int band(long hash, int i) {
        return (int) ((hash >>> (16 * i)) & 0xFFFF);
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    private static long fnv1a64(String s) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
