package io.advocacy.recognition.reward.service;

import io.advocacy.platform.problem.Problem;
import io.advocacy.platform.problem.ProblemException;
import io.advocacy.recognition.reward.repository.LedgerRepository;
import io.advocacy.recognition.reward.repository.RewardGrant;
import io.advocacy.recognition.reward.repository.RewardGrantRepository;
import io.advocacy.recognition.reward.repository.RewardRepository;
import io.advocacy.recognition.reward.rest.GrantMove;
import io.advocacy.recognition.reward.rest.GrantRequest;
import io.advocacy.recognition.reward.rest.GrantView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Grants catalogue rewards to advocates and moves them through fulfilment, each move appended to the ledger. */
@ApplicationScoped
public class GrantService {

    private final RewardRepository rewards;
    private final RewardGrantRepository grants;
    private final LedgerRepository ledger;

    public GrantService(RewardRepository rewards, RewardGrantRepository grants, LedgerRepository ledger) {
        this.rewards = rewards;
        this.grants = grants;
        this.ledger = ledger;
    }

    /** Offers a reward to an advocate; 404 when the reward is not in the catalogue. */
    @WithTransaction
    public Uni<GrantView> grant(GrantRequest request, String actor) {
        refuseMoney(request.note());
        return rewards.findById(request.rewardId())
                .plug(ProblemException.orNotFound("Reward", request.rewardId()))
                .chain(reward -> {
                    RewardGrant grant = GrantMapper.newGrant(reward.id, reward.disclosure, request.advocateId(), now());
                    Log.debugf("Offered reward %s to advocate %s", reward.code, grant.advocateId);
                    return grants.persist(grant)
                            .chain(() -> ledger.persist(GrantMapper.entry(grant, actor, request.note())))
                            .chain(() -> withLedger(grant));
                });
    }

    /** Moves a grant to its next status; 400 for a status there is not, 409 for a move fulfilment does not allow. */
    @WithTransaction
    public Uni<GrantView> move(UUID id, GrantMove move, String actor) {
        refuseMoney(move.note());
        if (!GrantStates.NEXT.containsKey(move.status())) {
            return Uni.createFrom()
                    .failure(new ProblemException(
                            400,
                            "Bad Request",
                            "there is no grant status " + move.status(),
                            List.of(new Problem.Violation(
                                    "status", "must be one of " + String.join(", ", GrantStates.NEXT.keySet())))));
        }
        return grants.findById(id)
                .plug(ProblemException.orNotFound("Grant", id))
                .chain(grant -> {
                    List<String> allowed = GrantStates.NEXT.get(grant.status);
                    if (!allowed.contains(move.status())) {
                        return Uni.createFrom()
                                .failure(new ProblemException(
                                        409,
                                        "Conflict",
                                        "grant " + id + " is " + grant.status + "; it can move to "
                                                + (allowed.isEmpty() ? "nothing" : String.join(", ", allowed))));
                    }
                    grant.status = move.status();
                    grant.updatedAt = now();
                    Log.debugf("Grant %s is now %s", grant.id, grant.status);
                    return ledger.persist(GrantMapper.entry(grant, actor, move.note()))
                            .chain(() -> withLedger(grant));
                });
    }

    /** One grant with its ledger; 404 when there is none. */
    @WithSession
    public Uni<GrantView> find(UUID id) {
        return grants.findById(id)
                .plug(ProblemException.orNotFound("Grant", id))
                .chain(this::withLedger);
    }

    private Uni<GrantView> withLedger(RewardGrant grant) {
        return grants.flush().chain(() -> ledger.ofGrant(grant.id)).map(entries -> GrantMapper.toView(grant, entries));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** A grant's note cannot slip money in beside a reward: cash, gift cards, commission and the like are refused. */
    private static void refuseMoney(String note) {
        String monetary = note == null ? null : NonMonetaryPolicy.monetaryWord(note);
        if (monetary != null) {
            throw new ProblemException(
                    400,
                    "Bad Request",
                    "advocates are recognised, never paid: a grant cannot carry money or its stand-ins",
                    List.of(new Problem.Violation(
                            "note",
                            "speaks of '" + monetary + "', a monetary reward; advocates are recognised, never paid")));
        }
    }
}
