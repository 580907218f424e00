package io.advocacy.advocate.identity.service;

import io.advocacy.advocate.identity.repository.AdvocateIdentity;
import io.advocacy.advocate.identity.repository.IdentityRepository;
import io.advocacy.advocate.profile.messaging.MentionScored;
import io.advocacy.advocate.profile.repository.Advocate;
import io.advocacy.advocate.profile.repository.AdvocateRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Finds the profile a mention counts on by any of its identities, and counts the mention on the identity it came
 * from as well as on the profile. Runs inside the mention consumer's transaction.
 */
@ApplicationScoped
public class MentionIdentities {

    private final IdentityRepository identities;
    private final AdvocateRepository advocates;

    public MentionIdentities(IdentityRepository identities, AdvocateRepository advocates) {
        this.identities = identities;
        this.advocates = advocates;
    }

    /**
     * The profile that holds the author key, locked for update, or null for someone new. Holds the identity lock
     * shared until the transaction ends, so no link or merge moves the identity before the mention is counted.
     */
    public Uni<Advocate> lockHolder(String authorKey) {
        return identities
                .lockShared()
                .chain(() -> identities.byKey(authorKey))
                .chain(identity ->
                        identity == null ? Uni.createFrom().nullItem() : advocates.lockById(identity.advocateId));
    }

    /** Counts the mention on the identity it came from, which a newcomer's profile gets as its first identity. */
    public Uni<Void> count(Advocate advocate, MentionScored mention) {
        return identities
                .byKey(mention.authorKey())
                .chain(found -> found != null
                        ? Uni.createFrom().item(found)
                        : identities.persist(discovered(advocate, mention)))
                .invoke(identity -> {
                    identity.record(mention.sentiment(), mention.publishedAt());
                    identity.displayName = mention.author().displayName();
                    identity.followers = mention.author().followers();
                })
                .replaceWithVoid();
    }

    private static AdvocateIdentity discovered(Advocate advocate, MentionScored mention) {
        AdvocateIdentity identity = new AdvocateIdentity();
        identity.id = UUID.randomUUID();
        identity.advocateId = advocate.id;
        identity.kind = AdvocateIdentity.Kind.HANDLE;
        identity.identityKey = mention.authorKey();
        identity.platform = mention.platform();
        identity.handle = mention.author().handle();
        identity.origin = AdvocateIdentity.Origin.DISCOVERED;
        identity.addedBy = "listening-service";
        identity.addedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return identity;
    }
}
