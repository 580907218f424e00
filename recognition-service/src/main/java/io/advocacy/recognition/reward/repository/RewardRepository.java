package io.advocacy.recognition.reward.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The reward catalogue. */
@ApplicationScoped
public class RewardRepository implements PanacheRepositoryBase<Reward, UUID> {

    public Uni<Reward> byCode(String code) {
        return find("code", code).firstResult();
    }

    public Uni<List<Reward>> page(int page, int size) {
        return findAll(Sort.by("code")).page(page, size).list();
    }
}
