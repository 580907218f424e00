package io.advocacy.listening.sentiment;

/**
 * How a text sounds.
 *
 * @param compound the overall score, from -1 (most negative) to 1 (most positive)
 * @param positive the share of the text's valence that is positive, 0 to 1
 * @param neutral the share of words with no valence, 0 to 1
 * @param negative the share of the text's valence that is negative, 0 to 1
 */
public record Sentiment(double compound, double positive, double neutral, double negative) {}
