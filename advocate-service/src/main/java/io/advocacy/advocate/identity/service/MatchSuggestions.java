package io.advocacy.advocate.identity.service;

import io.advocacy.advocate.identity.repository.AdvocateIdentity;
import io.advocacy.advocate.identity.repository.DistinctMark;
import io.advocacy.advocate.identity.repository.DistinctRepository;
import io.advocacy.advocate.identity.repository.IdentityRepository;
import io.advocacy.advocate.identity.repository.MergeRepository;
import io.advocacy.advocate.identity.rest.MatchSuggestionView;
import io.advocacy.advocate.profile.repository.Advocate;
import io.advocacy.advocate.profile.repository.AdvocateRepository;
import io.advocacy.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Suggests profiles that are probably the same person, with a score and the reasons, for a manager to confirm (merge)
 * or reject (mark distinct). Profiles merged away and pairs marked distinct (or merged into profiles marked distinct)
 * are never suggested.
 */
@ApplicationScoped
public class MatchSuggestions {

    private final AdvocateRepository advocates;
    private final IdentityRepository identities;
    private final MergeRepository merges;
    private final DistinctRepository distincts;

    public MatchSuggestions(
            AdvocateRepository advocates,
            IdentityRepository identities,
            MergeRepository merges,
            DistinctRepository distincts) {
        this.advocates = advocates;
        this.identities = identities;
        this.merges = merges;
        this.distincts = distincts;
    }

    /**
     * The profiles most likely to be the same person as this one, best first.
     *
     * @param minScore the least score suggested
     * @param limit how many at most
     */
    @WithSession
    public Uni<List<MatchSuggestionView>> of(UUID id, double minScore, int limit) {
        return advocates
                .findById(id)
                .plug(ProblemException.orNotFound("Advocate", id))
                .invoke(advocate -> Merges.checkLive(advocate, "profile"))
                .chain(advocate -> excluded(id).chain(never -> profiles().map(all -> {
                    Similarity.Profile self = all.get(id);
                    if (self == null) {
                        return List.<MatchSuggestionView>of();
                    }
                    return all.values().stream()
                            .filter(other -> !other.id().equals(id) && !never.contains(other.id()))
                            .map(other -> suggestion(self, other))
                            .filter(s -> s.score() >= minScore)
                            .sorted(Comparator.comparingDouble(MatchSuggestionView::score)
                                    .reversed()
                                    .thenComparing(s -> s.otherId().toString()))
                            .limit(limit)
                            .toList();
                })));
    }

    /** The profiles never to suggest for this one: those marked distinct from anyone it is, where they live on now. */
    private Uni<Set<UUID>> excluded(UUID id) {
        return merges.group(id).chain(group -> distincts.anyInvolving(group).chain(marks -> {
            Set<UUID> partners = new HashSet<>();
            for (DistinctMark mark : marks) {
                partners.add(mark.advocateId);
                partners.add(mark.otherId);
            }
            partners.removeAll(group);
            return advocates
                    .list("id in ?1", partners.isEmpty() ? List.of(id) : List.copyOf(partners))
                    .chain(found -> rootsOf(found).map(roots -> {
                        Set<UUID> never = new HashSet<>(partners);
                        never.addAll(roots);
                        return never;
                    }));
        }));
    }

    private Uni<Set<UUID>> rootsOf(List<Advocate> found) {
        Set<UUID> roots = new HashSet<>();
        List<UUID> next = new ArrayList<>();
        for (Advocate a : found) {
            if (a.mergedInto == null) {
                roots.add(a.id);
            } else {
                next.add(a.mergedInto);
            }
        }
        if (next.isEmpty()) {
            return Uni.createFrom().item(roots);
        }
        return advocates.list("id in ?1", next).chain(parents -> rootsOf(parents)
                .map(more -> {
                    roots.addAll(more);
                    return roots;
                }));
    }

    /** Every profile that stands on its own, with the names and handles of its identities. */
    private Uni<Map<UUID, Similarity.Profile>> profiles() {
        return advocates
                .list("mergedInto is null")
                .chain(live -> identities.ofLiveProfiles().map(held -> {
                    Map<UUID, List<AdvocateIdentity>> byProfile = held.stream()
                            .collect(Collectors.groupingBy(i -> i.advocateId, HashMap::new, Collectors.toList()));
                    Map<UUID, Similarity.Profile> profiles = new LinkedHashMap<>();
                    for (Advocate a : live) {
                        List<Similarity.Shown> shown = byProfile.getOrDefault(a.id, List.of()).stream()
                                .map(MatchSuggestions::shown)
                                .toList();
                        profiles.put(a.id, new Similarity.Profile(a.id, a.displayName, shown));
                    }
                    return profiles;
                }));
    }

    private static Similarity.Shown shown(AdvocateIdentity i) {
        return i.kind == AdvocateIdentity.Kind.EMAIL
                ? new Similarity.Shown("email", i.email, null, i.email)
                : new Similarity.Shown(i.platform, i.identityKey, i.displayName, i.handle);
    }

    private static MatchSuggestionView suggestion(Similarity.Profile self, Similarity.Profile other) {
        Similarity.Match match = Similarity.of(self, other);
        List<String> keys = other.shown().stream()
                .filter(s -> !"email".equals(s.platform()))
                .map(Similarity.Shown::label)
                .toList();
        return new MatchSuggestionView(
                self.id(), other.id(), other.displayName(), keys, match.score(), match.reasons());
    }
}
