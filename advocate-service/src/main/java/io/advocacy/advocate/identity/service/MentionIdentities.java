package io.advocacy.advocate.identity.service;

import io.advocacy.advocate.continuum.repository.EvidenceRepository;
import io.advocacy.advocate.identity.repository.AdvocateIdentity;
import io.advocacy.advocate.identity.repository.IdentityRepository;
import io.advocacy.advocate.identity.repository.ReferenceRepository;
import io.advocacy.advocate.profile.messaging.MentionScored;
import io.advocacy.advocate.profile.repository.Advocate;
import io.advocacy.advocate.profile.repository.AdvocateRepository;
import io.smallrye.mutiny.Multi;
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
    private final ReferenceRepository references;
    private final EvidenceRepository evidence;

    public MentionIdentities(
            IdentityRepository identities,
            AdvocateRepository advocates,
            ReferenceRepository references,
            EvidenceRepository evidence) {
        this.identities = identities;
        this.advocates = advocates;
        this.references = references;
        this.evidence = evidence;
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

    /**
     * Counts the mention on the identity it came from, which a newcomer's profile gets as its first identity, keeps
     * it there as evidence for the continuum, and keeps the handles it names other than the author's own.
     */
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
                .call(identity -> evidence.mention(
                        identity.id,
                        mention.mentionId(),
                        mention.publishedAt(),
                        mention.sentiment(),
                        mention.author().followers()))
                .chain(identity -> {
                    var named = References.of(mention.text(), mention.url());
                    named.remove(identity.handle == null ? "" : identity.handle.toLowerCase(java.util.Locale.ROOT));
                    if (named.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    // The identity may be new: its row goes first, for the references to name it.
                    return identities.flush().chain(() -> Multi.createFrom()
                            .iterable(named)
                            .onItem()
                            .transformToUniAndConcatenate(handle -> references.add(identity.id, handle))
                            .collect()
                            .last()
                            .replaceWithVoid());
                });
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
