package io.advocacy.advocate.identity.service;

import io.advocacy.advocate.identity.repository.AdvocateIdentity;
import io.advocacy.advocate.identity.repository.DistinctMark;
import io.advocacy.advocate.identity.repository.Merge;
import io.advocacy.advocate.identity.rest.DistinctRequest;
import io.advocacy.advocate.identity.rest.DistinctView;
import io.advocacy.advocate.identity.rest.IdentityRequest;
import io.advocacy.advocate.identity.rest.IdentityView;
import io.advocacy.advocate.identity.rest.MergeView;
import io.advocacy.advocate.profile.repository.Advocate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Maps identities, merges and distinct marks between the database and the wire, in one place. */
final class IdentityMapper {

    private IdentityMapper() {}

    /**
     * The identity a manager adds: a declared handle, keyed like the listening service keys authors ({@code
     * <platform>:<handle>}, lower case, without a leading {@code @}), or a verified email.
     */
    static AdvocateIdentity declared(Advocate advocate, IdentityRequest request, String by) {
        AdvocateIdentity identity = new AdvocateIdentity();
        identity.id = UUID.randomUUID();
        identity.advocateId = advocate.id;
        if (request.email() != null) {
            identity.kind = AdvocateIdentity.Kind.EMAIL;
            identity.email = IdentityService.lower(request.email());
            identity.identityKey = "email:" + identity.email;
            identity.origin = AdvocateIdentity.Origin.VERIFIED;
        } else {
            String handle = request.handle().strip();
            if (handle.startsWith("@")) {
                handle = handle.substring(1);
            }
            identity.kind = AdvocateIdentity.Kind.HANDLE;
            identity.platform = IdentityService.lower(request.platform());
            identity.handle = handle.toLowerCase(Locale.ROOT);
            identity.identityKey = identity.platform + ":" + identity.handle;
            identity.origin = AdvocateIdentity.Origin.DECLARED;
        }
        identity.addedBy = by;
        identity.addedAt = Merges.now();
        return identity;
    }

    /** How an identity is named in words: its author key, or its email. */
    static String shown(AdvocateIdentity identity) {
        return identity.kind == AdvocateIdentity.Kind.EMAIL ? identity.email : identity.identityKey;
    }

    static IdentityView toView(AdvocateIdentity i) {
        return new IdentityView(
                i.id,
                i.kind.name().toLowerCase(Locale.ROOT),
                i.kind == AdvocateIdentity.Kind.HANDLE ? i.identityKey : null,
                i.platform,
                i.handle,
                i.email,
                i.origin.name().toLowerCase(Locale.ROOT),
                i.displayName,
                i.mentionCount,
                i.addedBy,
                i.addedAt);
    }

    static MergeView toView(Merge m, List<String> movedKeys) {
        return new MergeView(
                m.id,
                m.survivorId,
                m.absorbedId,
                m.trigger.name().toLowerCase(Locale.ROOT),
                m.reason,
                m.mergedBy,
                m.mergedAt,
                movedKeys,
                m.unmergedBy,
                m.unmergedAt,
                m.unmergeReason);
    }

    static DistinctMark distinct(UUID id, DistinctRequest request, String by) {
        UUID[] pair = DistinctMark.ordered(id, request.otherId());
        DistinctMark mark = new DistinctMark();
        mark.id = UUID.randomUUID();
        mark.advocateId = pair[0];
        mark.otherId = pair[1];
        mark.reason = request.reason().strip();
        mark.markedBy = by;
        mark.markedAt = Merges.now();
        return mark;
    }

    static DistinctView toView(DistinctMark d) {
        return new DistinctView(d.id, d.advocateId, d.otherId, d.reason, d.markedBy, d.markedAt);
    }
}
