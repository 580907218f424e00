package io.advocacy.listening.insight.rest;

/**
 * A programme's mentions in one time bucket, by sentiment class (positive >= 0.05, negative <= -0.05).
 *
 * @param start the bucket's start, UTC
 * @param unscored mentions in a language the scorer does not cover
 */
public record TimelineBucket(String start, long positive, long neutral, long negative, long unscored, long total) {}
