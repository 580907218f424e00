package io.advocacy.advocate.selection.service;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The formulas of the six selection attributes: each maps its inputs to a whole score from 0 to 100. Pure and
 * deterministic; no data gives 0 and no amount of data gives more than 100.
 */
public final class SelectionScores {

    /** Mentions that count as a full volume (more add nothing). */
    static final double FULL_VOLUME = 50;
    /** Followers that count as full reach: a million. */
    static final double FULL_REACH_DIGITS = 6;
    /** Mean sentiment that counts as fully clear. */
    static final double CLEAR_SENTIMENT = 0.8;
    /** Days at the active stage that count as fully committed. */
    static final double FULL_ACTIVE_DAYS = 180;
    /** Days after which the latest mention no longer counts as recent. */
    static final double RECENT_DAYS = 90;

    private SelectionScores() {}

    /** One attribute's score, the numbers it came from, and why in one line. */
    public record Score(int score, Map<String, Object> inputs, String why) {}

    /** All six, in their order. */
    public static Map<Attribute, Score> all(SelectionInputs in) {
        Map<Attribute, Score> scores = new EnumMap<>(Attribute.class);
        scores.put(Attribute.TRACK_RECORD, trackRecord(in));
        scores.put(Attribute.RESPECT_AND_INFLUENCE, respectAndInfluence(in));
        scores.put(Attribute.HELPFULNESS_AND_RELIABILITY, helpfulnessAndReliability(in));
        scores.put(Attribute.COMMUNICATION, communication(in));
        scores.put(Attribute.OWN_PLATFORMS, ownPlatforms(in));
        scores.put(Attribute.COMMITMENT, commitment(in));
        return scores;
    }

    /** 100 × volume × net positive share: volume = ln(1+mentions)/ln(1+50), capped at 1. */
    public static Score trackRecord(SelectionInputs in) {
        return new Score(
                trackRecordScore(in),
                inputs(
                        "mentions",
                        in.mentions(),
                        "positiveMentions",
                        in.positiveMentions(),
                        "negativeMentions",
                        in.negativeMentions()),
                "%d mentions, %d positive and %d negative"
                        .formatted(in.mentions(), in.positiveMentions(), in.negativeMentions()));
    }

    /** 100 × log10(1+followers)/6: a million followers is full reach. */
    public static Score respectAndInfluence(SelectionInputs in) {
        return new Score(
                respectAndInfluenceScore(in),
                inputs("followers", in.followers()),
                "%d followers across their handles".formatted(in.followers()));
    }

    /** 15 per settled mentee + 20 per council term + 40 × the share of their known time spent on the advocate side. */
    public static Score helpfulnessAndReliability(SelectionInputs in) {
        double side = advocateSide(in);
        return new Score(
                helpfulnessAndReliabilityScore(in),
                inputs(
                        "menteesSettled",
                        in.menteesSettled(),
                        "councilTerms",
                        in.councilTerms(),
                        "daysOnAdvocateSide",
                        round(in.daysOnAdvocateSide()),
                        "daysKnown",
                        round(in.daysKnown())),
                "%d mentees settled, %d council terms, %d%% of their time on the advocate side"
                        .formatted(in.menteesSettled(), in.councilTerms(), Math.round(side * 100)));
    }

    /** 60 × clarity (positive mean sentiment / 0.8, capped at 1) + 40 × volume. */
    public static Score communication(SelectionInputs in) {
        return new Score(
                communicationScore(in),
                inputs("averageSentiment", round(in.averageSentiment()), "mentions", in.mentions()),
                "mean sentiment %.2f over %d mentions".formatted(in.averageSentiment(), in.mentions()));
    }

    /** 100 × (1 − 0.5^platforms): one platform 50, two 75, three 88, four 94. */
    public static Score ownPlatforms(SelectionInputs in) {
        return new Score(
                ownPlatformsScore(in),
                inputs("platforms", in.platforms(), "identities", in.identities()),
                "handles on %d platforms, %d identities in all".formatted(in.platforms(), in.identities()));
    }

    /** 60 × days active / 180 (capped) + 40 × recency (1 for a mention today, 0 after 90 days or none). */
    public static Score commitment(SelectionInputs in) {
        return new Score(
                commitmentScore(in),
                inputs(
                        "daysActive",
                        round(in.daysActive()),
                        "daysSinceLastMention",
                        in.daysSinceLastMention() == null ? null : round(in.daysSinceLastMention())),
                in.daysSinceLastMention() == null
                        ? "%d days active, never mentioned the brand".formatted(Math.round(in.daysActive()))
                        : "%d days active, last mention %d days ago"
                                .formatted(Math.round(in.daysActive()), Math.round(in.daysSinceLastMention())));
    }

    /** The six scores alone, without inputs or why: what the ranking needs, many times over. */
    public static Map<Attribute, Integer> scores(SelectionInputs in) {
        Map<Attribute, Integer> scores = new EnumMap<>(Attribute.class);
        scores.put(Attribute.TRACK_RECORD, trackRecordScore(in));
        scores.put(Attribute.RESPECT_AND_INFLUENCE, respectAndInfluenceScore(in));
        scores.put(Attribute.HELPFULNESS_AND_RELIABILITY, helpfulnessAndReliabilityScore(in));
        scores.put(Attribute.COMMUNICATION, communicationScore(in));
        scores.put(Attribute.OWN_PLATFORMS, ownPlatformsScore(in));
        scores.put(Attribute.COMMITMENT, commitmentScore(in));
        return scores;
    }

    private static int trackRecordScore(SelectionInputs in) {
        double share = in.mentions() == 0
                ? 0
                : Math.max(0, (double) (in.positiveMentions() - in.negativeMentions()) / in.mentions());
        return score(volume(in.mentions()) * share);
    }

    private static int respectAndInfluenceScore(SelectionInputs in) {
        return score(Math.log10(1 + Math.max(0, in.followers())) / FULL_REACH_DIGITS);
    }

    private static double advocateSide(SelectionInputs in) {
        return in.daysKnown() <= 0 ? 0 : Math.min(1, Math.max(0, in.daysOnAdvocateSide() / in.daysKnown()));
    }

    private static int helpfulnessAndReliabilityScore(SelectionInputs in) {
        return score((15.0 * in.menteesSettled() + 20.0 * in.councilTerms() + 40 * advocateSide(in)) / 100);
    }

    private static int communicationScore(SelectionInputs in) {
        double clarity = Math.min(1, Math.max(0, in.averageSentiment()) / CLEAR_SENTIMENT);
        return in.mentions() == 0 ? 0 : score(0.6 * clarity + 0.4 * volume(in.mentions()));
    }

    private static int ownPlatformsScore(SelectionInputs in) {
        return score(1 - Math.pow(0.5, Math.max(0, in.platforms())));
    }

    private static int commitmentScore(SelectionInputs in) {
        double active = Math.min(1, Math.max(0, in.daysActive()) / FULL_ACTIVE_DAYS);
        double recency = in.daysSinceLastMention() == null
                ? 0
                : Math.max(0, 1 - Math.max(0, in.daysSinceLastMention()) / RECENT_DAYS);
        return score(0.6 * active + 0.4 * recency);
    }

    /**
     * The weighted mean of the scores, rounded to two decimals; attributes without a weight weigh 0.
     *
     * @param weights non-negative, at least one positive
     */
    public static double total(Map<Attribute, Integer> scores, Map<Attribute, Double> weights) {
        double sum = 0;
        double weight = 0;
        for (Map.Entry<Attribute, Double> w : weights.entrySet()) {
            sum += w.getValue() * scores.getOrDefault(w.getKey(), 0);
            weight += w.getValue();
        }
        return weight == 0 ? 0 : Math.round(sum / weight * 100) / 100.0;
    }

    private static double volume(long mentions) {
        return Math.min(1, Math.log1p(Math.max(0, mentions)) / Math.log1p(FULL_VOLUME));
    }

    private static int score(double fraction) {
        return (int) Math.round(Math.min(1, Math.max(0, fraction)) * 100);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static Map<String, Object> inputs(Object... pairs) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            inputs.put((String) pairs[i], pairs[i + 1]);
        }
        return inputs;
    }
}
