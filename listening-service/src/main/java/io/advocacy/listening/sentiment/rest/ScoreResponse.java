package io.advocacy.listening.sentiment.rest;

import io.advocacy.listening.sentiment.Sentiment;
import java.util.List;

/**
 * The sentiment of each text, in the order the texts were sent.
 *
 * @param scores one score per text
 */
public record ScoreResponse(List<Sentiment> scores) {}
