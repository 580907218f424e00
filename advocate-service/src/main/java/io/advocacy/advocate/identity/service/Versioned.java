package io.advocacy.advocate.identity.service;

/**
 * An answer about a profile with the profile's version after the change, shown as its ETag.
 *
 * @param version the profile's version; 0 when the answer does not carry it yet
 * @param created true when the change made something new (201), false when it was already so (200)
 */
public record Versioned<T>(T value, long version, boolean created) {}
