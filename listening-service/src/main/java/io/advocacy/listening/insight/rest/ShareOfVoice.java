package io.advocacy.listening.insight.rest;

import java.util.List;

/**
 * How often each term is mentioned in a programme's mentions of a period, and its share of all the terms' mentions.
 *
 * @param from the period's start, inclusive
 * @param to the period's end, exclusive
 */
public record ShareOfVoice(String from, String to, List<Term> terms) {

    /**
     * One term.
     *
     * @param share mentions of this term over the mentions of all terms, 0 to 1
     */
    public record Term(String term, long mentions, double share) {}
}
