package io.advocacy.advocate.identity.rest;

import java.util.UUID;

/**
 * What adding an identity did.
 *
 * @param advocateId the profile that holds the identity now
 * @param identity the identity
 * @param merge the merge it caused, when another profile already held the identity; null otherwise
 */
public record LinkResult(UUID advocateId, IdentityView identity, MergeView merge) {}
