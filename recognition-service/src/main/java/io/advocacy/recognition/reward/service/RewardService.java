package io.advocacy.recognition.reward.service;

import io.advocacy.platform.problem.ProblemException;
import io.advocacy.recognition.credential.service.IssuerConfig;
import io.advocacy.recognition.reward.repository.Reward;
import io.advocacy.recognition.reward.repository.RewardRepository;
import io.advocacy.recognition.reward.rest.RewardRequest;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Keeps the reward catalogue: non-monetary rewards only, each code once. */
@ApplicationScoped
public class RewardService {

    private final RewardRepository rewards;

    private final IssuerConfig issuer;

    public RewardService(RewardRepository rewards, IssuerConfig issuer) {
        this.rewards = rewards;
        this.issuer = issuer;
    }

    /** Adds a reward; 400 when it is monetary, 409 when its code is taken. */
    @WithTransaction
    public Uni<Reward> add(RewardRequest request) {
        return Uni.createFrom()
                .item(request)
                .invoke(() -> NonMonetaryPolicy.check(
                        request.kind(), request.name(), request.description(), request.disclosure()))
                .chain(() -> rewards.byCode(request.code()))
                .chain(existing -> {
                    if (existing != null) {
                        return Uni.createFrom()
                                .failure(new ProblemException(
                                        409,
                                        "Conflict",
                                        "reward " + request.code() + " already exists: " + existing.id));
                    }
                    Reward reward = RewardMapper.newReward(request, issuer.issuerName());
                    Log.debugf("Added reward %s (%s) to the catalogue", reward.code, reward.kind);
                    return rewards.persist(reward);
                });
    }

    @WithSession
    public Uni<List<Reward>> page(int page, int size) {
        return rewards.page(page, size);
    }

    @WithSession
    public Uni<Long> count() {
        return rewards.count();
    }
}
