package io.advocacy.advocate.mentor.service;

import io.advocacy.advocate.mentor.repository.MentoringRepository;
import io.advocacy.advocate.mentor.repository.WaitingMenteeRepository;
import io.advocacy.advocate.mentor.rest.IsoCode;
import io.advocacy.advocate.mentor.rest.LocaleRequest;
import io.advocacy.advocate.mentor.rest.LocaleView;
import io.advocacy.advocate.mentor.rest.MenteesView;
import io.advocacy.advocate.mentor.rest.MentorView;
import io.advocacy.advocate.profile.repository.Advocate;
import io.advocacy.advocate.profile.repository.AdvocateRepository;
import io.advocacy.advocate.profile.repository.Stage;
import io.advocacy.platform.problem.Problem;
import io.advocacy.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Locales, mentors and mentees for the API; every change under the mentoring lock, in one transaction. */
@ApplicationScoped
public class MentorService {

    private final AdvocateRepository advocates;
    private final MentoringRepository mentorings;
    private final WaitingMenteeRepository waiting;
    private final MentorMatching matching;
    private final MentorsConfig config;

    public MentorService(
            AdvocateRepository advocates,
            MentoringRepository mentorings,
            WaitingMenteeRepository waiting,
            MentorMatching matching,
            MentorsConfig config) {
        this.advocates = advocates;
        this.mentorings = mentorings;
        this.waiting = waiting;
        this.matching = matching;
        this.config = config;
    }

    @WithSession
    public Uni<LocaleView> locale(UUID id) {
        return existing(id).map(MentorMapper::locale);
    }

    /**
     * Sets a person's language and region; a waiting newcomer may now find a mentor, and an active veteran may now
     * suit a waiting newcomer.
     */
    @WithTransaction
    public Uni<LocaleView> setLocale(UUID id, LocaleRequest request) {
        return advocates
                .lockById(id)
                .plug(ProblemException.orNotFound("Advocate", id))
                .invoke(advocate -> {
                    advocate.language = IsoCode.Kind.LANGUAGE.normalise(request.language());
                    advocate.region = IsoCode.Kind.REGION.normalise(request.region());
                })
                .call(advocates::flush)
                .call(mentorings::lockMentoring)
                .call(advocate -> waiting.findById(advocate.id)
                        .chain(w -> w == null
                                ? Uni.createFrom().voidItem()
                                : matching.pairOrWait(advocate).replaceWithVoid()))
                .call(advocate -> advocate.stage == Stage.ACTIVE
                        ? matching.serve(advocate.id)
                        : Uni.createFrom().voidItem())
                .map(MentorMapper::locale);
    }

    @WithSession
    public Uni<MentorView> mentor(UUID id) {
        return existing(id)
                .chain(advocate -> mentorings.openOfMentee(id))
                .chain(open -> open != null
                        ? Uni.createFrom().item(MentorMapper.paired(id, open))
                        : waiting.findById(id)
                                .map(w -> w == null ? MentorMapper.none(id) : MentorMapper.waiting(id, w)));
    }

    @WithSession
    public Uni<MenteesView> mentees(UUID id) {
        return existing(id)
                .chain(advocate -> mentorings.openOfMentor(id))
                .map(open -> MentorMapper.mentees(id, config.maxMentees(), open));
    }

    /**
     * A manager pairs a newcomer with a mentor of their choice (veteran or not, any language), within the mentor's
     * limit; an open pairing with someone else ends as {@code reassigned} and that mentor's room is offered on.
     */
    @WithTransaction
    public Uni<MentorView> assign(UUID id, UUID mentorId, String by) {
        if (id.equals(mentorId)) {
            throw new ProblemException(
                    400,
                    "Bad Request",
                    "a newcomer cannot mentor themself",
                    List.of(new Problem.Violation("mentorId", "must not be the newcomer's own id")));
        }
        return mentorings
                .lockMentoring()
                .chain(() -> existing(id))
                .invoke(MentorService::requireNewcomer)
                .chain(newcomer -> existing(mentorId)
                        .call(this::requireFreeMentor)
                        .chain(mentor -> mentorings.openOfMentee(id).chain(open -> {
                            if (open != null && open.mentorId.equals(mentorId)) {
                                return Uni.createFrom().item(open);
                            }
                            return requireRoom(mentor)
                                    .chain(() -> matching.start(newcomer, mentor, by))
                                    .call(() ->
                                            open == null ? Uni.createFrom().voidItem() : matching.serve(open.mentorId));
                        })))
                .map(m -> MentorMapper.paired(id, m));
    }

    /** A manager ends a newcomer's pairing (and their wait); the mentor's room is offered on. Ending none is fine. */
    @WithTransaction
    public Uni<Void> end(UUID id, String by) {
        return mentorings
                .lockMentoring()
                .chain(() -> existing(id))
                .chain(newcomer -> mentorings.openOfMentee(id))
                .chain(open -> open == null
                        ? Uni.createFrom().voidItem()
                        : matching.end(open, EndReason.ENDED_BY_MANAGER, by).chain(() -> matching.serve(open.mentorId)))
                .chain(() -> matching.stopWaiting(id));
    }

    /** Settles who is due and offers every mentor with room to the queue; for a scheduler. */
    @WithTransaction
    public Uni<MentorMatching.Recheck> recheck() {
        return mentorings.lockMentoring().chain(matching::recheck);
    }

    private Uni<Void> requireFreeMentor(Advocate mentor) {
        if (mentor.stage != Stage.ACTIVE) {
            throw conflict("advocate " + mentor.id + " is at stage " + mentor.stage.wireName()
                    + "; only active people mentor");
        }
        return mentorings
                .openOfMentee(mentor.id)
                .invoke(own -> {
                    if (own != null) {
                        throw conflict(
                                "advocate " + mentor.id + " is a newcomer with a mentor of their own and mentors nobody"
                                        + " until they have settled");
                    }
                })
                .replaceWithVoid();
    }

    private Uni<Void> requireRoom(Advocate mentor) {
        return mentorings
                .countOpenOfMentor(mentor.id)
                .invoke(load -> {
                    if (load >= config.maxMentees()) {
                        throw conflict("advocate " + mentor.id + " already mentors " + load + " of at most "
                                + config.maxMentees() + " newcomers");
                    }
                })
                .replaceWithVoid();
    }

    private static void requireNewcomer(Advocate newcomer) {
        if (newcomer.stage != Stage.ONBOARDED && newcomer.stage != Stage.ACTIVE) {
            throw conflict("advocate " + newcomer.id + " is at stage " + newcomer.stage.wireName()
                    + "; only onboarded or active newcomers have a mentor");
        }
    }

    private static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail);
    }

    private Uni<Advocate> existing(UUID id) {
        return advocates.findById(id).plug(ProblemException.orNotFound("Advocate", id));
    }
}
