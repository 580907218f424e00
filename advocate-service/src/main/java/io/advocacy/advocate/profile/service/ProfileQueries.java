package io.advocacy.advocate.profile.service;

import io.advocacy.advocate.continuum.Explanation;
import io.advocacy.advocate.continuum.service.Standing;
import io.advocacy.advocate.profile.repository.AdvocateRepository;
import io.advocacy.advocate.profile.repository.CategoryChangeRepository;
import io.advocacy.advocate.profile.repository.ProfileBadgeRepository;
import io.advocacy.advocate.profile.repository.ProfileFilter;
import io.advocacy.advocate.profile.rest.AdvocateView;
import io.advocacy.advocate.profile.rest.CategoryChangeView;
import io.advocacy.advocate.profile.rest.StandingView;
import io.advocacy.platform.problem.ProblemException;
import io.advocacy.platform.rest.Page;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Reads profiles for the API. */
@ApplicationScoped
public class ProfileQueries {

    private final AdvocateRepository advocates;
    private final ProfileBadgeRepository badges;
    private final CategoryChangeRepository history;
    private final Standing standing;

    public ProfileQueries(
            AdvocateRepository advocates,
            ProfileBadgeRepository badges,
            CategoryChangeRepository history,
            Standing standing) {
        this.advocates = advocates;
        this.badges = badges;
        this.history = history;
        this.standing = standing;
    }

    /** One profile with its badges, and the version it was read at. */
    @WithSession
    public Uni<VersionedProfile> get(UUID id) {
        return advocates
                .findById(id)
                .plug(ProblemException.orNotFound("Advocate", id))
                .chain(advocate -> badges.ofAdvocate(id)
                        .map(list -> new VersionedProfile(ProfileMapper.toView(advocate, list), advocate.version)));
    }

    /** A page of profiles; list items carry no badges (read one profile for those). */
    @WithSession
    public Uni<Page<AdvocateView>> page(ProfileFilter filter, int page, int size) {
        return advocates.page(filter, page, size).chain(items -> advocates
                .count(filter)
                .map(total -> new Page<>(
                        items.stream()
                                .map(a -> ProfileMapper.toView(a, List.of()))
                                .toList(),
                        page,
                        size,
                        total)));
    }

    /** Why the person stands where they do: the evidence, the rule it meets, and the move that put them there. */
    @WithSession
    public Uni<StandingView> standing(UUID id) {
        return advocates
                .findById(id)
                .plug(ProblemException.orNotFound("Advocate", id))
                .chain(a -> standing.evidenceOf(id).chain(evidence -> history.ofAdvocate(id)
                        .map(changes -> new StandingView(
                                a.category,
                                a.category.fourA(),
                                a.mentionCount,
                                a.positiveMentions,
                                a.negativeMentions,
                                ProfileMapper.round(a.averageSentiment()),
                                ProfileMapper.toView(evidence),
                                Explanation.of(a.category, evidence),
                                changes.isEmpty() ? null : ProfileMapper.toView(changes.get(changes.size() - 1))))));
    }

    @WithSession
    public Uni<List<CategoryChangeView>> history(UUID id) {
        return advocates
                .findById(id)
                .plug(ProblemException.orNotFound("Advocate", id))
                .chain(advocate -> history.ofAdvocate(id))
                .map(changes -> changes.stream().map(ProfileMapper::toView).toList());
    }
}
