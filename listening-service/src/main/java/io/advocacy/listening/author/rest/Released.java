package io.advocacy.listening.author.rest;

/**
 * What releasing an author did.
 *
 * @param released how many held mentions were published
 */
public record Released(String authorKey, int released) {}
