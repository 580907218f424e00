package io.advocacy.advocate.profile.service;

import io.advocacy.advocate.profile.rest.AdvocateView;

/**
 * A profile with the version it was read at, which the API shows as its ETag.
 *
 * @param version the stored profile's optimistic-locking version
 */
public record VersionedProfile(AdvocateView profile, long version) {}
