package io.advocacy.advocate.identity.service;

import io.advocacy.advocate.identity.repository.AdvocateIdentity;
import io.advocacy.advocate.identity.repository.DistinctMark;
import io.advocacy.advocate.identity.repository.DistinctRepository;
import io.advocacy.advocate.identity.repository.IdentityRepository;
import io.advocacy.advocate.identity.repository.MergeRepository;
import io.advocacy.advocate.identity.repository.ReferenceRepository;
import io.advocacy.advocate.identity.rest.MatchSuggestionView;
import io.advocacy.advocate.profile.repository.Advocate;
import io.advocacy.advocate.profile.repository.AdvocateRepository;
import io.advocacy.platform.problem.ProblemException;
import io.advocacy.platform.rest.Page;
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
import java.util.TreeSet;
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
    private final ReferenceRepository references;

    /** A handle named by more identities than this (a brand, a celebrity) says nothing about who is who. */
    static final int POPULAR_HANDLE = 5;

    public MatchSuggestions(
            AdvocateRepository advocates,
            IdentityRepository identities,
            MergeRepository merges,
            DistinctRepository distincts,
            ReferenceRepository references) {
        this.advocates = advocates;
        this.identities = identities;
        this.merges = merges;
        this.distincts = distincts;
        this.references = references;
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

    /**
     * The likeliest pairs of the whole programme, best first. Only profiles that share a blocking key are compared
     * (the first or last word of a display name, the first four letters or digits of a handle, a handle one holds and
     * the other named), so the cost grows with
     * the sizes of those blocks rather than with the square of the programme; a block of more than {@link
     * #MAX_BLOCK} profiles (a very common first name) is not compared within.
     */
    @WithSession
    public Uni<Page<MatchSuggestionView>> all(double minScore, int page, int size) {
        return distincts.listAll().chain(marks -> advocates
                .list("mergedInto is not null")
                .chain(merged -> profiles().map(all -> {
                    Map<UUID, UUID> mergedInto = new HashMap<>();
                    merged.forEach(a -> mergedInto.put(a.id, a.mergedInto));
                    Set<String> never = new HashSet<>();
                    for (DistinctMark mark : marks) {
                        never.add(pairKey(root(mark.advocateId, mergedInto), root(mark.otherId, mergedInto)));
                    }
                    List<MatchSuggestionView> found = new ArrayList<>();
                    for (String pair : candidatePairs(all.values())) {
                        if (never.contains(pair)) {
                            continue;
                        }
                        String[] ids = pair.split("\\|");
                        MatchSuggestionView suggestion =
                                suggestion(all.get(UUID.fromString(ids[0])), all.get(UUID.fromString(ids[1])));
                        if (suggestion.score() >= minScore) {
                            found.add(suggestion);
                        }
                    }
                    found.sort(Comparator.comparingDouble(MatchSuggestionView::score)
                            .reversed()
                            .thenComparing(v -> v.advocateId().toString())
                            .thenComparing(v -> v.otherId().toString()));
                    int from = Math.min(found.size(), page * size);
                    int to = Math.min(found.size(), from + size);
                    return new Page<>(List.copyOf(found.subList(from, to)), page, size, found.size());
                })));
    }

    /** The largest block of profiles compared with each other in the programme-wide list. */
    static final int MAX_BLOCK = 500;

    private static Set<String> candidatePairs(java.util.Collection<Similarity.Profile> profiles) {
        Map<String, List<UUID>> blocks = new HashMap<>();
        for (Similarity.Profile profile : profiles) {
            Set<String> keys = new TreeSet<>();
            List<String> names = new ArrayList<>();
            names.add(profile.displayName());
            profile.shown().forEach(s -> names.add(s.displayName()));
            for (String name : names) {
                String[] words = Similarity.normalise(name).split(" ");
                if (words[0].length() >= 2) {
                    keys.add("n:" + words[0]);
                    keys.add("n:" + words[words.length - 1]);
                }
            }
            for (Similarity.Shown shown : profile.shown()) {
                String core = Similarity.core(shown.handle());
                if (core.length() >= 4) {
                    keys.add("h:" + core.substring(0, 4));
                }
                if (shown.handle() != null && !"email".equals(shown.platform())) {
                    keys.add("@:" + shown.handle().toLowerCase(java.util.Locale.ROOT));
                }
            }
            profile.references().forEach(reference -> keys.add("@:" + reference.handle()));
            keys.forEach(
                    key -> blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(profile.id()));
        }
        Set<String> pairs = new TreeSet<>();
        for (List<UUID> block : blocks.values()) {
            if (block.size() < 2 || block.size() > MAX_BLOCK) {
                continue;
            }
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    pairs.add(pairKey(block.get(i), block.get(j)));
                }
            }
        }
        return pairs;
    }

    private static String pairKey(UUID one, UUID two) {
        UUID[] ordered = DistinctMark.ordered(one, two);
        return ordered[0] + "|" + ordered[1];
    }

    private static UUID root(UUID id, Map<UUID, UUID> mergedInto) {
        UUID current = id;
        while (mergedInto.containsKey(current)) {
            current = mergedInto.get(current);
        }
        return current;
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

    /**
     * Every profile that stands on its own, with the names and handles of its identities and the handles their
     * mentions named (but for popular ones).
     */
    private Uni<Map<UUID, Similarity.Profile>> profiles() {
        return advocates.list("mergedInto is null").chain(live -> identities
                .ofLiveProfiles()
                .chain(held -> references.all().map(named -> {
                    Map<UUID, List<AdvocateIdentity>> byProfile = held.stream()
                            .collect(Collectors.groupingBy(i -> i.advocateId, HashMap::new, Collectors.toList()));
                    Map<UUID, AdvocateIdentity> byId = new HashMap<>();
                    held.forEach(i -> byId.put(i.id, i));
                    Map<String, Long> popularity = named.stream()
                            .collect(Collectors.groupingBy(
                                    ReferenceRepository.Reference::handle, Collectors.counting()));
                    Map<UUID, List<Similarity.Reference>> referencesByProfile = new HashMap<>();
                    for (ReferenceRepository.Reference reference : named) {
                        AdvocateIdentity from = byId.get(reference.identityId());
                        if (from == null || popularity.get(reference.handle()) > POPULAR_HANDLE) {
                            continue;
                        }
                        referencesByProfile
                                .computeIfAbsent(from.advocateId, k -> new ArrayList<>())
                                .add(new Similarity.Reference(from.identityKey, from.platform, reference.handle()));
                    }
                    Map<UUID, Similarity.Profile> profiles = new LinkedHashMap<>();
                    for (Advocate a : live) {
                        List<Similarity.Shown> shown = byProfile.getOrDefault(a.id, List.of()).stream()
                                .map(MatchSuggestions::shown)
                                .toList();
                        profiles.put(
                                a.id,
                                new Similarity.Profile(
                                        a.id, a.displayName, shown, referencesByProfile.getOrDefault(a.id, List.of())));
                    }
                    return profiles;
                })));
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
