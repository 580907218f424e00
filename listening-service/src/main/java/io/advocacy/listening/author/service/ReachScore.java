package io.advocacy.listening.author.service;

/**
 * An author's reach on one platform, 0 to 100, from three inputs on log scales so that each order of magnitude counts
 * the same: followers (60 %, full at 10 million), average engagement per mention (30 %, full at 10,000 likes, shares
 * and replies) and history with the brand (10 %, full at 100 mentions).
 */
public final class ReachScore {

    private ReachScore() {}

    public static int of(long followers, long engagement, long mentions) {
        double followerPart = part(followers, 7);
        double engagementPart = mentions == 0 ? 0 : part((double) engagement / mentions, 4);
        double historyPart = part(mentions, 2);
        return (int) Math.round(100 * (0.6 * followerPart + 0.3 * engagementPart + 0.1 * historyPart));
    }

    /** log10(1 + value) / fullAtPowerOfTen, capped at 1. */
    private static double part(double value, int fullAtPowerOfTen) {
        return Math.min(1, Math.log10(1 + Math.max(0, value)) / fullAtPowerOfTen);
    }
}
