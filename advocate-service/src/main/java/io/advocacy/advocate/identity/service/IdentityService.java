package io.advocacy.advocate.identity.service;

import io.advocacy.advocate.identity.repository.AdvocateIdentity;
import io.advocacy.advocate.identity.repository.DistinctMark;
import io.advocacy.advocate.identity.repository.DistinctRepository;
import io.advocacy.advocate.identity.repository.IdentityRepository;
import io.advocacy.advocate.identity.repository.Merge;
import io.advocacy.advocate.identity.repository.MergeRepository;
import io.advocacy.advocate.identity.rest.DistinctRequest;
import io.advocacy.advocate.identity.rest.DistinctView;
import io.advocacy.advocate.identity.rest.IdentityRequest;
import io.advocacy.advocate.identity.rest.IdentityView;
import io.advocacy.advocate.identity.rest.LinkResult;
import io.advocacy.advocate.identity.rest.MergeRequest;
import io.advocacy.advocate.identity.rest.MergeView;
import io.advocacy.advocate.identity.rest.UnmergeRequest;
import io.advocacy.advocate.profile.repository.Advocate;
import io.advocacy.advocate.profile.repository.AdvocateRepository;
import io.advocacy.advocate.profile.rest.IfMatch;
import io.advocacy.platform.problem.Problem;
import io.advocacy.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A person's identities and the merges of their profiles: links a declared handle or a verified email to a profile
 * (merging the profile that already held it, unless the two are marked as different people), merges and unmerges on a
 * manager's word, and marks profiles as different people. Every change takes the identity lock, so changes take
 * turns with each other and with the mentions being counted.
 */
@ApplicationScoped
public class IdentityService {

    private final AdvocateRepository advocates;
    private final IdentityRepository identities;
    private final MergeRepository merges;
    private final DistinctRepository distincts;
    private final Merges merging;

    IdentityService(
            AdvocateRepository advocates,
            IdentityRepository identities,
            MergeRepository merges,
            DistinctRepository distincts,
            Merges merging) {
        this.advocates = advocates;
        this.identities = identities;
        this.merges = merges;
        this.distincts = distincts;
        this.merging = merging;
    }

    /**
     * Adds an identity to a profile. When another profile holds it already, that profile is merged into this one.
     *
     * @return the result and the profile's version after the change
     */
    @WithTransaction
    public Uni<Versioned<LinkResult>> link(UUID id, IdentityRequest request, IfMatch ifMatch, String by) {
        checkShape(request);
        return identities
                .lockExclusive()
                .chain(() -> merging.lock(id))
                .invoke(advocate -> Merges.checkLive(advocate, "profile"))
                .invoke(advocate -> Merges.checkPrecondition(advocate, ifMatch))
                .chain(advocate -> request.email() != null && !request.verified()
                        ? unverifiedEmail(advocate, request.email().strip())
                        : linkIdentity(advocate, request, by))
                .call(advocates::flush)
                .chain(result ->
                        advocates.findById(id).map(a -> new Versioned<>(result.value(), a.version, result.created())));
    }

    private Uni<Versioned<LinkResult>> unverifiedEmail(Advocate advocate, String email) {
        if (advocate.emailVerified || email.equalsIgnoreCase(String.valueOf(advocate.email))) {
            return Uni.createFrom().item(new Versioned<>(new LinkResult(advocate.id, null, null), 0, false));
        }
        advocate.email = email;
        return merging.publishUpdated(advocate)
                .replaceWith(new Versioned<>(new LinkResult(advocate.id, null, null), 0, false));
    }

    private Uni<Versioned<LinkResult>> linkIdentity(Advocate advocate, IdentityRequest request, String by) {
        AdvocateIdentity wanted = IdentityMapper.declared(advocate, request, by);
        return identities.byKey(wanted.identityKey).chain(held -> {
            if (held == null) {
                return identities
                        .persist(wanted)
                        .chain(() -> emailChanged(advocate, wanted))
                        .replaceWith(() -> new Versioned<>(
                                new LinkResult(advocate.id, IdentityMapper.toView(wanted), null), 0, true));
            }
            if (held.advocateId.equals(advocate.id)) {
                return Uni.createFrom()
                        .item(new Versioned<>(
                                new LinkResult(advocate.id, IdentityMapper.toView(held), null), 0, false));
            }
            return merging.lock(held.advocateId)
                    .chain(other -> merging.merge(
                            advocate,
                            other,
                            Merge.Trigger.LINK,
                            "the identity " + IdentityMapper.shown(held) + " was linked to " + advocate.id
                                    + " and was held by " + other.id,
                            by))
                    .chain(merge -> view(merge)
                            .map(view -> new Versioned<>(
                                    new LinkResult(advocate.id, IdentityMapper.toView(held), view), 0, true)));
        });
    }

    private Uni<Void> emailChanged(Advocate advocate, AdvocateIdentity added) {
        if (added.kind != AdvocateIdentity.Kind.EMAIL) {
            return Uni.createFrom().voidItem();
        }
        advocate.email = added.email;
        advocate.emailVerified = true;
        return merging.publishUpdated(advocate);
    }

    /** Merges another profile into this one on a manager's word. */
    @WithTransaction
    public Uni<Versioned<MergeView>> merge(UUID id, MergeRequest request, IfMatch ifMatch, String by) {
        if (id.equals(request.otherId())) {
            throw invalid("otherId", "must be another profile than " + id);
        }
        return identities
                .lockExclusive()
                .chain(() -> merging.lockPair(id, request.otherId()))
                .chain(pair -> {
                    Merges.checkPrecondition(pair.get(0), ifMatch);
                    return merging.merge(pair.get(0), pair.get(1), Merge.Trigger.MANUAL, request.reason(), by)
                            .chain(this::view)
                            .map(view -> new Versioned<>(view, pair.get(0).version, true));
                });
    }

    /** Undoes a merge into this profile, named by its id or by the profile it absorbed. */
    @WithTransaction
    public Uni<Versioned<MergeView>> unmerge(UUID id, UnmergeRequest request, IfMatch ifMatch, String by) {
        if (request.mergeId() == null && request.otherId() == null) {
            throw new ProblemException(
                    400,
                    "Invalid request",
                    "name the merge to undo by mergeId, or the profile it absorbed by otherId",
                    List.of(
                            new Problem.Violation("mergeId", "must be given when otherId is not"),
                            new Problem.Violation("otherId", "must be given when mergeId is not")));
        }
        Uni<Merge> found = request.mergeId() != null
                ? merges.findById(request.mergeId())
                : merges.activeAbsorbing(request.otherId());
        Object named = request.mergeId() != null ? request.mergeId() : "absorbing " + request.otherId();
        return identities
                .lockExclusive()
                .chain(() -> found)
                .invoke(merge -> {
                    if (merge == null || !merge.survivorId.equals(id)) {
                        throw ProblemException.notFound("Merge into advocate " + id, named);
                    }
                })
                .call(merge -> merging.lock(id).invoke(survivor -> Merges.checkPrecondition(survivor, ifMatch)))
                .chain(merge -> merging.unmerge(merge, request.reason(), by))
                .chain(this::view)
                .chain(view -> advocates.findById(id).map(a -> new Versioned<>(view, a.version, false)));
    }

    /** Marks two profiles as different people; an existing mark is answered as it is. */
    @WithTransaction
    public Uni<Versioned<DistinctView>> markDistinct(UUID id, DistinctRequest request, String by) {
        if (id.equals(request.otherId())) {
            throw invalid("otherId", "must be another profile than " + id);
        }
        return identities
                .lockExclusive()
                .chain(() -> merging.lockPair(id, request.otherId()))
                .chain(pair -> rootOf(pair.get(0))
                        .chain(one -> rootOf(pair.get(1)).invoke(two -> {
                            if (one.equals(two)) {
                                throw new ProblemException(
                                        409,
                                        "Conflict",
                                        "advocates " + id + " and " + request.otherId()
                                                + " are merged into one profile, " + one + "; unmerge them first",
                                        List.of(new Problem.Violation("otherId", "is merged with " + id)));
                            }
                        })))
                .chain(() -> distincts.between(id, request.otherId()))
                .chain(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().item(new Versioned<>(IdentityMapper.toView(existing), 0, false));
                    }
                    DistinctMark mark = IdentityMapper.distinct(id, request, by);
                    return distincts.persist(mark).map(m -> new Versioned<>(IdentityMapper.toView(m), 0, true));
                });
    }

    /** The identities a profile holds, oldest first. */
    @WithSession
    public Uni<List<IdentityView>> identities(UUID id) {
        return existing(id)
                .chain(() -> identities.ofAdvocate(id))
                .map(list -> list.stream().map(IdentityMapper::toView).toList());
    }

    /** Every merge the profile took part in, as survivor or absorbed, undone ones included, oldest first. */
    @WithSession
    public Uni<List<MergeView>> merges(UUID id) {
        return existing(id).chain(() -> merges.involving(id)).chain(list -> {
            if (list.isEmpty()) {
                return Uni.createFrom().item(List.<MergeView>of());
            }
            return Multi.createFrom()
                    .iterable(list)
                    .onItem()
                    .transformToUniAndConcatenate(this::view)
                    .collect()
                    .asList();
        });
    }

    /** Every mark of the profile as a different person from another, oldest first. */
    @WithSession
    public Uni<List<DistinctView>> distinctMarks(UUID id) {
        return existing(id)
                .chain(() -> distincts.involving(id))
                .map(list -> list.stream().map(IdentityMapper::toView).toList());
    }

    private Uni<Advocate> existing(UUID id) {
        return advocates.findById(id).plug(ProblemException.orNotFound("Advocate", id));
    }

    /** The profile a merged profile lives on in: itself, or where its chain of merges ends. */
    private Uni<UUID> rootOf(Advocate advocate) {
        return advocates.livesOn(advocate, LockModeType.NONE).map(root -> root.id);
    }

    private Uni<MergeView> view(Merge merge) {
        return merges.movedKeys(merge.id).map(keys -> IdentityMapper.toView(merge, keys));
    }

    private static void checkShape(IdentityRequest request) {
        boolean handle = request.platform() != null || request.handle() != null;
        boolean email = request.email() != null;
        List<Problem.Violation> violations = new ArrayList<>();
        if (handle && email) {
            violations.add(new Problem.Violation("email", "must not be given with platform and handle"));
        } else if (!handle && !email) {
            violations.add(new Problem.Violation("platform", "must be given with handle, or give email"));
            violations.add(new Problem.Violation("handle", "must be given with platform, or give email"));
            violations.add(new Problem.Violation("email", "must be given when platform and handle are not"));
        } else if (handle) {
            if (request.platform() == null || request.platform().isBlank()) {
                violations.add(new Problem.Violation("platform", "must be given with handle"));
            }
            if (request.handle() == null || request.handle().isBlank()) {
                violations.add(new Problem.Violation("handle", "must be given with platform"));
            }
        } else if (request.verified() == null) {
            violations.add(new Problem.Violation("verified", "must say whether the email was verified"));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(
                    400, "Invalid request", "an identity is a platform and handle, or an email", violations);
        }
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(
                400, "Invalid request", field + " " + message, List.of(new Problem.Violation(field, message)));
    }

    /** Lower case, as stored. */
    static String lower(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
